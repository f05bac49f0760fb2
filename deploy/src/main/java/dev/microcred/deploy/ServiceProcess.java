package dev.microcred.deploy;

import dev.microcred.infra.FreePort;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of our Quarkus services, run from its packaged {@code target/quarkus-app} as a child process,
 * exactly as it would run in production (prod profile). Stopping sends SIGTERM, so the service
 * shuts down gracefully; {@link #kill()} is the crash. Health and metrics are on its management
 * port, a free one of its own, as production keeps them off the public port.
 */
public final class ServiceProcess implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final String name;
    private final Path runnerJar;
    private final int port;
    private final int managementPort;
    private final Map<String, String> environment;
    private final List<String> systemProperties;
    private final Path logFile;
    private Process process;

    public ServiceProcess(String name, Path runnerJar, int port, Map<String, String> environment,
            List<String> systemProperties, Path logFile) {
        this.name = name;
        this.runnerJar = runnerJar;
        this.port = port;
        this.managementPort = FreePort.pick();
        this.environment = environment;
        this.systemProperties = systemProperties;
        this.logFile = logFile;
    }

    public ServiceProcess start() {
        if (!Files.isRegularFile(runnerJar)) {
            throw new IllegalStateException(runnerJar + " is missing: run mvn install -DskipTests first");
        }
        // The throughput collector, as the cluster image runs them: on small heaps and few cores it costs less CPU
        // than G1, which the JVM picks on its own (docs/benchmarks.md: 1,123-1,372 -> about 1,435 credentials/s).
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseParallelGC", "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.management.port=" + managementPort, "-Dquarkus.management.host=127.0.0.1"));
        command.addAll(systemProperties);
        command.addAll(List.of("-jar", runnerJar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + name, e);
        }
        awaitReady();
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Where its health ({@code /q/health}), metrics ({@code /q/metrics}) and OpenAPI document are. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public String name() {
        return name;
    }

    /** A crash: no shutdown hooks, nothing flushed. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor(10);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!waitFor(30)) {
                kill();
            }
        }
    }

    private boolean waitFor(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + logFile);
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            LocalStack.sleep(300);
        }
        close();
        throw new IllegalStateException(name + " not ready within " + READY_TIMEOUT + "; see " + logFile);
    }
}
