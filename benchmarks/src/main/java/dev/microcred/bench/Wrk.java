package dev.microcred.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs wrk with a Lua script that sends each request to a path drawn at random from a file (one
 * path per line), with the issuer's domain in Host. nginx and status-stream get the same script,
 * the same paths and the same settings.
 */
final class Wrk {
    private final Path script;
    private final Path paths;
    private final int threads;
    private final int connections;

    Wrk(Path directory, Path paths, String host, int threads, int connections) {
        this.paths = paths;
        this.threads = threads;
        this.connections = connections;
        this.script = directory.resolve("random-paths.lua");
        try {
            Files.writeString(script, """
                    -- Each thread loads every path and draws from them uniformly.
                    wrk.headers["Host"] = "%s"
                    wrk.headers["Accept"] = "application/json"
                    local paths = {}
                    local counter = 0
                    function setup(thread)
                      counter = counter + 1
                      thread:set("seed", counter)
                    end
                    function init(args)
                      for line in io.lines("%s") do paths[#paths + 1] = line end
                      math.randomseed(os.time() * 1000 + seed)
                    end
                    function request()
                      return wrk.format("GET", paths[math.random(#paths)])
                    end
                    """.formatted(host, paths));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command for the record: what the benchmark ran. */
    List<String> command(String url, int seconds) {
        return List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency", "--timeout", "10s",
                "-s", script.toString(), url);
    }

    String run(String url, int seconds) {
        try {
            Process wrk = new ProcessBuilder(command(url, seconds)).redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (wrk.waitFor() != 0) {
                throw new IllegalStateException("wrk failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("could not run wrk (apt-get install -y wrk)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
