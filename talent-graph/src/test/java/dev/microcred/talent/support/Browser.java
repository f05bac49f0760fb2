package dev.microcred.talent.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through its ChromeDriver ({@code apt-get install chromium chromium-driver}).
 * Where they are not installed the browser tests are skipped with a message, unless
 * {@code MICROCRED_BROWSER_TESTS=required} (as CI sets it), where their absence fails the build.
 */
public final class Browser {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver start() {
        boolean installed = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!installed && "required".equals(System.getenv("MICROCRED_BROWSER_TESTS"))) {
            fail("MICROCRED_BROWSER_TESTS=required, but /usr/bin/chromium or /usr/bin/chromedriver is missing:"
                    + " apt-get install chromium chromium-driver");
        }
        assumeTrue(installed, "browser test skipped: apt-get install chromium chromium-driver to run it");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // Without the background-networking flags Chromium keeps reaching for Google's hosts, which this network refuses.
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
            Path dir = Files.createTempDirectory("talent-graph-chromium-");
            dir.toFile().deleteOnExit();
            return dir.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
