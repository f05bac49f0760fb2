package dev.microcred.bench;

import dev.microcred.infra.FreePort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The baseline the verify endpoint is held against: nginx (the Debian package) serving one static
 * file per hash, holding the JSON answer status-stream would give; unknown hashes have no file (404).
 * A stock configuration apart from what a benchmark needs: no access log, a worker per core,
 * and keep-alive without a request limit (Quarkus has none either).
 */
final class NginxBaseline implements AutoCloseable {
    private final Path directory;
    private final int port;
    private Process process;

    NginxBaseline(Path directory) {
        this.directory = directory;
        this.port = FreePort.pick();
    }

    Path documentRoot() {
        return directory.resolve("www");
    }

    /** Writes the answer for one hash at {@code <root><path>}. */
    void writeAnswer(String path, byte[] answer) {
        try {
            Files.write(documentRoot().resolve(path.substring(1)), answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    NginxBaseline start() {
        try {
            Files.writeString(directory.resolve("nginx.conf"), """
                    user root;
                    worker_processes auto;
                    daemon off;
                    pid %1$s/nginx.pid;
                    error_log %1$s/error.log warn;
                    events { worker_connections 4096; }
                    http {
                      access_log off;
                      sendfile on;
                      tcp_nopush on;
                      keepalive_requests 100000000;
                      default_type application/json;
                      server {
                        listen 127.0.0.1:%2$d;
                        root %1$s/www;
                      }
                    }
                    """.formatted(directory, port));
            process = new ProcessBuilder("nginx", "-c", directory.resolve("nginx.conf").toString(), "-p", directory.toString())
                    .redirectErrorStream(true).redirectOutput(directory.resolve("nginx.out").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start nginx (apt-get install -y nginx)", e);
        }
        Quiet.sleep(1_000);
        if (!process.isAlive()) {
            throw new IllegalStateException("nginx exited; see " + directory.resolve("nginx.out"));
        }
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy(); // SIGTERM: nginx's fast shutdown, workers included
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
