package dev.microcred.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resident memory (VmRSS from /proc) of every process of the stack, read from the process table
 * rather than from the launcher, which keeps no pids: each service by the module of its
 * quarkus-run.jar (witness ledgers summed), the registry, PostgreSQL (all its backends summed: shared
 * buffers are counted once per process that touched them, so this over-states) and this driver JVM,
 * which also hosts the in-process Kafka broker.
 */
final class ProcessMemory {
    private ProcessMemory() {
    }

    /** Component name to RSS in MiB. */
    static Map<String, Long> snapshot(Path dataDirectory) {
        Map<String, Long> mib = new LinkedHashMap<>();
        perComponent(dataDirectory, ProcessMemory::rssKib).forEach((name, kib) -> mib.put(name, Math.round(kib / 1024.0)));
        return mib;
    }

    /** Component name to CPU time used so far (user + system), in clock ticks (1/100 s on Linux). */
    static Map<String, Long> cpuTicks(Path dataDirectory) {
        return perComponent(dataDirectory, ProcessMemory::ticks);
    }

    /** The pid of a service's JVM, by its module's jar, for jcmd. */
    static long pidOf(String module) {
        return ProcessHandle.allProcesses().filter(p -> commandLine(p.pid()).contains(module + "/target/quarkus-app/quarkus-run.jar"))
                .findFirst().orElseThrow(() -> new IllegalStateException(module + " is not running")).pid();
    }

    private static Map<String, Long> perComponent(Path dataDirectory, java.util.function.LongUnaryOperator measure) {
        Map<String, Long> values = new LinkedHashMap<>();
        long self = ProcessHandle.current().pid();
        for (ProcessHandle process : ProcessHandle.allProcesses().toList()) {
            String command = commandLine(process.pid());
            String component = process.pid() == self ? "driver JVM + in-process Kafka broker" : component(command, dataDirectory);
            if (component != null) {
                values.merge(component, measure.applyAsLong(process.pid()), Long::sum);
            }
        }
        return values;
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU seconds each component used between two {@link #cpuTicks} readings, as a table with shares of the interval. */
    static String cpuTable(Map<String, Long> before, Map<String, Long> after, double wallSeconds) {
        List<String> rows = new ArrayList<>();
        rows.add("| process | CPU s | share of " + String.format("%.0f", wallSeconds) + " s x " + Runtime.getRuntime().availableProcessors() + " cores |");
        rows.add("|---|---|---|");
        after.forEach((name, value) -> {
            double seconds = (value - before.getOrDefault(name, 0L)) / 100.0;
            rows.add(String.format("| %s | %.1f | %.0f%% |", name, seconds,
                    100 * seconds / (wallSeconds * Runtime.getRuntime().availableProcessors())));
        });
        return String.join("\n", rows);
    }

    private static String component(String command, Path dataDirectory) {
        for (String module : List.of("issuer-service", "status-stream", "witness-forwarder", "witness-ledger", "talent-graph")) {
            if (command.contains(module + "/target/quarkus-app/quarkus-run.jar")) {
                return module;
            }
        }
        if (command.contains("apicurio") || command.contains("registry-app")) {
            return "apicurio-registry";
        }
        if (command.startsWith("postgres") || command.contains("/bin/postgres") || command.contains(dataDirectory.toString() + "/postgres")) {
            return command.contains(dataDirectory.toString()) || command.startsWith("postgres:") ? "postgresql (all backends)" : null;
        }
        return null;
    }

    private static String commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return new String(raw).replace('\0', ' ').trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static long rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            // the process ended meanwhile
        }
        return 0;
    }

    static String table(Map<String, Long> mib) {
        List<String> rows = new ArrayList<>();
        rows.add("| process | RSS (MiB) |");
        rows.add("|---|---|");
        mib.forEach((name, value) -> rows.add("| " + name + " | " + value + " |"));
        return String.join("\n", rows);
    }
}
