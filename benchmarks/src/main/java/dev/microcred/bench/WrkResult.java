package dev.microcred.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one wrk run (with {@code --latency}) reports: throughput, the latency percentiles of its
 * distribution in milliseconds, and how many answers were not 2xx/3xx (404 for unknown hashes is
 * expected) or failed at the socket.
 */
public record WrkResult(double requestsPerSecond, long requests, double p50Millis, double p90Millis,
        double p99Millis, long non2xx3xx, long socketErrors) {

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    public static WrkResult parse(String output) {
        Matcher socket = SOCKET.matcher(output);
        long errors = 0;
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(socket.group(i));
            }
        }
        return new WrkResult(Double.parseDouble(first(RPS, output, "Requests/sec")), Long.parseLong(first(TOTAL, output, "requests")),
                percentile(output, "50"), percentile(output, "90"), percentile(output, "99"),
                NON_2XX.matcher(output).find() ? Long.parseLong(first(NON_2XX, output, "")) : 0, errors);
    }

    /** A line of the latency distribution, e.g. {@code  99%   12.34ms}, in milliseconds. */
    private static double percentile(String output, String p) {
        Matcher m = Pattern.compile("(?m)^\\s+" + p + "%\\s+([0-9.]+)(us|ms|s)\\s*$").matcher(output);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + p + "% line in the wrk output (run it with --latency)");
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000.0;
            case "ms" -> value;
            default -> value * 1000.0;
        };
    }

    private static String first(Pattern pattern, String output, String what) {
        Matcher m = pattern.matcher(output);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + what + " in the wrk output");
        }
        return m.group(1);
    }
}
