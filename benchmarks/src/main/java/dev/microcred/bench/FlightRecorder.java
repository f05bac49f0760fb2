package dev.microcred.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Java Flight Recorder on the stack's services, when {@code -Dbench.profile=<folder>} is given:
 * one {@code <module>.jfr} each ({@code jfr print --events jdk.ExecutionSample <file>}). Profiling
 * costs a few percent of CPU, so the figures of a profiled run are a little low.
 */
final class FlightRecorder {
    private FlightRecorder() {
    }

    static void record(List<String> modules, int seconds) {
        String folder = System.getProperty("bench.profile");
        if (folder == null) {
            return;
        }
        for (String module : modules) {
            Path file = Path.of(folder).toAbsolutePath().resolve(module + ".jfr");
            try {
                Files.createDirectories(file.getParent());
                new ProcessBuilder("jcmd", Long.toString(ProcessMemory.pidOf(module)), "JFR.start", "settings=profile",
                        "duration=" + seconds + "s", "filename=" + file).inheritIO().start().waitFor();
            } catch (IOException e) {
                System.err.println("no profile of " + module + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
