package dev.microcred.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Apicurio Registry 3 as a child process, from the distribution Maven downloads with this module.
 * It needs Java 21+, found by {@link RegistryDistribution}. Storage is in memory unless a
 * PostgreSQL database is given, which the local stack does so schemas survive restarts.
 * Every subject gets the BACKWARD compatibility rule, as in production.
 */
public final class ApicurioRegistry implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final int port;

    private ApicurioRegistry(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts with in-memory storage. */
    public static ApicurioRegistry start(int port, Path logFile) {
        return start(port, logFile, Map.of());
    }

    /** Starts with its artifacts stored in the given PostgreSQL database. */
    public static ApicurioRegistry startOnPostgres(int port, Path logFile, String jdbcUrl, String user, String password) {
        return start(port, logFile, Map.of(
                "APICURIO_STORAGE_KIND", "sql",
                "APICURIO_STORAGE_SQL_KIND", "postgresql",
                "APICURIO_DATASOURCE_URL", jdbcUrl,
                "APICURIO_DATASOURCE_USERNAME", user,
                "APICURIO_DATASOURCE_PASSWORD", password,
                // Its pool would otherwise hand out connections a PostgreSQL restart killed for up to two
                // minutes (the default validation interval), answering 500 to every schema look-up meanwhile.
                "QUARKUS_DATASOURCE_POSTGRESQL_JDBC_BACKGROUND_VALIDATION_INTERVAL", "5S"));
    }

    private static ApicurioRegistry start(int port, Path logFile, Map<String, String> environment) {
        RegistryDistribution distribution = RegistryDistribution.locate();
        List<String> command = new ArrayList<>(List.of(distribution.java().toString(),
                "-Xmx384m", "-XX:+UseSerialGC",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.log.level=WARN",
                // Its management interface (fixed at build time) would otherwise claim 0.0.0.0:9000 for every instance.
                "-Dquarkus.management.host=127.0.0.1",
                "-Dquarkus.management.port=" + FreePort.pick(),
                "-jar", distribution.runnerJar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        ApicurioRegistry registry;
        try {
            registry = new ApicurioRegistry(builder.start(), port);
        } catch (IOException e) {
            throw new IllegalStateException("could not start Apicurio Registry; see " + logFile, e);
        }
        try {
            registry.awaitReady();
            requireBackwardCompatibility(registry.apiUrl());
            return registry;
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
    }

    /** Base URL of the v3 REST API, the value of {@code apicurio.registry.url}. */
    public String apiUrl() {
        return "http://127.0.0.1:" + port + "/apis/registry/v3";
    }

    public int port() {
        return port;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Apicurio Registry exited with " + process.exitValue());
            }
            if (answers(http, apiUrl() + "/system/info")) {
                return;
            }
            sleep(250);
        }
        close();
        throw new IllegalStateException("Apicurio Registry not ready within " + READY_TIMEOUT);
    }

    /** Sets the registry-wide BACKWARD compatibility rule (idempotent), as every deployment of ours needs. */
    public static void requireBackwardCompatibility(String apiUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + "/admin/rules"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ruleType\":\"COMPATIBILITY\",\"config\":\"BACKWARD\"}"))
                .build();
        try {
            int status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            // 409: the rule is already there, from an earlier run on the same storage.
            if (status / 100 != 2 && status != 409) {
                throw new IllegalStateException("could not set the global BACKWARD rule: HTTP " + status);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not set the global BACKWARD rule", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean answers(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
