package dev.microcred.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.infra.FreePort;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./platform start} as a user runs it: the launcher in a process of its own, on the runtime
 * classpath Maven wrote for it, not on the tests' classpath (which once hid a library the broker
 * needs at run time, so the README's start command failed on a fresh machine while every test passed).
 */
class LauncherIT {
    private static final Path ROOT = ProjectRoot.path();
    private static final String CLASSPATH_FILE = "deploy/target/classpath.txt";
    private static final Duration START = Duration.ofMinutes(4);

    @Test
    void theStartCommandBringsThePlatformUpAndAStopSignalTakesItDown(@TempDir Path data) throws Exception {
        // Given the command the platform script execs, with every port moved to a free one
        String script = Files.readString(ROOT.resolve("platform"));
        assertTrue(script.contains("exec java -cp \"deploy/target/classes:$(cat " + CLASSPATH_FILE + ")\""), script);
        assertTrue(script.contains("dev.microcred.deploy.LocalStackMain \"$PWD\""), script);
        int issuerPort = FreePort.pick();
        int statusPort = FreePort.pick();
        ProcessBuilder launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", "deploy/target/classes:" + Files.readString(ROOT.resolve(CLASSPATH_FILE)).strip(),
                "dev.microcred.deploy.LocalStackMain", ROOT.toString(), data.toString())
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(data.resolve("console.txt").toFile());
        launcher.environment().putAll(Map.of("POSTGRES_PORT", port(), "KAFKA_PORT", port(),
                "KAFKA_CONTROLLER_PORT", port(), "REGISTRY_PORT", port(), "ISSUER_PORT", String.valueOf(issuerPort),
                "STATUS_PORT", String.valueOf(statusPort), "FORWARDER_PORT", port(), "FIRST_LEDGER_PORT", "0"));

        // When it starts
        Process process = launcher.start();
        Console output = new Console(data.resolve("console.txt"), process);
        try {
            // Then it says the platform is up, and the services answer where it says
            assertTrue(output.awaitLine("The platform is up.", START), output.text());
            assertTrue(output.text().contains("issuer API        http://127.0.0.1:" + issuerPort), output.text());
            Matcher management = Pattern.compile("management +issuer (\\S+) +status (\\S+) +forwarder (\\S+)")
                    .matcher(output.text());
            assertTrue(management.find(), output.text());
            for (int service = 1; service <= 3; service++) {
                assertEquals(200, Http.send("GET", management.group(service) + "/q/health/ready", null, null).status());
            }

            // And a stop signal (what Ctrl-C sends) stops it and every service it started
            process.destroy();
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), output.text());
            assertTrue(output.text().contains("Stopping the platform..."), output.text());
            for (int port : List.of(issuerPort, statusPort)) {
                try (ServerSocket free = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                    assertEquals(port, free.getLocalPort());
                }
            }
        } finally {
            // A stop signal first: killed, the launcher would leave its services and database running.
            process.destroy();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        }
    }

    private static String port() {
        return String.valueOf(FreePort.pick());
    }

    /** The launcher's console, written to a file so that nothing is lost when the process exits. */
    private record Console(Path file, Process process) {
        boolean awaitLine(String line, Duration within) throws Exception {
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                if (text().contains(line)) {
                    return true;
                }
                if (!process.isAlive()) {
                    return text().contains(line);
                }
                Thread.sleep(200);
            }
            return false;
        }

        String text() throws IOException {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }
}
