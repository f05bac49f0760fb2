package dev.microcred.infra;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through its ChromeDriver ({@code apt-get install chromium chromium-driver}),
 * for tests of the pages we serve. A test skips when they are missing, unless {@link #required()} (CI sets
 * {@code MICROCRED_BROWSER_TESTS=required}), where their absence must fail it. Selenium is an optional dependency of
 * this module: a module whose tests drive a browser declares it.
 */
public final class Browser {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private Browser() {
    }

    /** What is missing to run a browser test, if anything. */
    public static Optional<String> missing() {
        return CHROMIUM.canExecute() && DRIVER.canExecute() ? Optional.empty()
                : Optional.of("browser test needs /usr/bin/chromium and /usr/bin/chromedriver:"
                        + " apt-get install chromium chromium-driver");
    }

    /** Whether browser tests must run here rather than be skipped. */
    public static boolean required() {
        return "required".equals(System.getenv("MICROCRED_BROWSER_TESTS"));
    }

    public static ChromeDriver start() {
        missing().ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // Without the background-networking flags Chromium keeps reaching for Google's hosts, which a closed network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profileDirectory());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return driver;
    }

    private static String profileDirectory() {
        try {
            Path dir = Files.createTempDirectory("chromium-profile-");
            dir.toFile().deleteOnExit();
            return dir.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
