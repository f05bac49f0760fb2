package dev.microcred.bench;

import dev.microcred.deploy.LocalStack;
import dev.microcred.deploy.StackLayout;
import dev.microcred.deploy.WitnessFirm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The platform as the end-to-end tests start it (LocalStack on free ports, services from their
 * packaged jars, prod profile) in a fresh folder, which is removed afterwards unless
 * {@code -Dbench.keep-data=true}.
 */
final class BenchStack implements AutoCloseable {
    final Path data;
    final LocalStack stack;

    private BenchStack(Path data, LocalStack stack) {
        this.data = data;
        this.stack = stack;
    }

    static BenchStack start(String name, List<WitnessFirm> firms) {
        // Before the first logger exists: the in-process broker is chatty at INFO.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // Before the first HttpClient (the launcher's readiness checks): verify requests set Host to the issuer's domain.
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
        Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        try {
            Path data = Files.createTempDirectory(name + "-");
            log("starting the platform in " + data + " (services from " + root + ")");
            long started = System.nanoTime();
            LocalStack stack = LocalStack.start(StackLayout.freePorts(root, data), firms);
            log("platform up in " + (System.nanoTime() - started) / 1_000_000_000 + " s");
            return new BenchStack(data, stack);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stack.close();
        if (!Boolean.getBoolean("bench.keep-data")) {
            try {
                new ProcessBuilder("rm", "-rf", data.toString()).inheritIO().start().waitFor();
            } catch (IOException e) {
                System.err.println("could not remove " + data + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void log(String message) {
        System.out.println(java.time.LocalTime.now().withNano(0) + " " + message);
    }
}
