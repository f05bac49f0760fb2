package dev.microcred.text.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parsed command line of {@link VerifyTool}.
 *
 * @param file         the input file, or null / "-" for standard input
 * @param mode         how to read the input
 * @param check        whether to ask the issuer, as a client would
 * @param resolve      domain to host:port, requests for that domain go there over plain HTTP
 * @param insecureHttp use http:// instead of https:// for domains not in {@code resolve}
 * @param help         print the usage and do nothing else
 */
record ToolOptions(String file, InputMode mode, boolean check, Map<String, String> resolve,
                   boolean insecureHttp, boolean help) {

    enum InputMode { AUTO, HTML, PLAIN }

    static final String USAGE = String.join("\n",
            "usage: java -jar verifiable-text.jar [FILE|-] [--html|--plain] [--check]"
                    + " [--resolve domain=host:port]... [--insecure-http]",
            "  FILE | -          the credential text or HTML block (default: standard input)",
            "  --html, --plain   force the input format (default: HTML if it has verifiable-text= markers)",
            "  --check           fetch verification-meta.json and the verify URL, print the status",
            "  --resolve d=h:p   send requests for domain d to http://h:p with Host: d (like curl --resolve)",
            "  --insecure-http   use http:// instead of https:// for the other domains",
            "exit code: 0 verified (or computed, without --check), 1 not verified, 2 usage or input error");

    private static final Pattern HOST_PORT = Pattern.compile("[^\\s:/]+:\\d{1,5}|\\[[0-9a-fA-F:.]+]:\\d{1,5}");

    ToolOptions {
        resolve = Map.copyOf(resolve);
    }

    static ToolOptions parse(String... args) throws UsageException {
        Builder builder = new Builder();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--resolve")) {
                if (++i == args.length) {
                    throw new UsageException("--resolve needs a value: domain=host:port");
                }
                builder.resolve(args[i]);
            } else if (arg.startsWith("--resolve=")) {
                builder.resolve(arg.substring("--resolve=".length()));
            } else {
                builder.flagOrFile(arg);
            }
        }
        return builder.build();
    }

    boolean readsStdin() {
        return file == null || file.equals("-");
    }

    /** Collects arguments in any order; conflicts are reported by the argument that causes them. */
    private static final class Builder {
        private String file;
        private InputMode mode = InputMode.AUTO;
        private boolean check;
        private boolean insecureHttp;
        private boolean help;
        private final Map<String, String> resolve = new LinkedHashMap<>();

        void flagOrFile(String arg) throws UsageException {
            switch (arg) {
                case "--html" -> mode(InputMode.HTML);
                case "--plain" -> mode(InputMode.PLAIN);
                case "--check" -> check = true;
                case "--insecure-http" -> insecureHttp = true;
                case "-h", "--help" -> help = true;
                default -> file(arg);
            }
        }

        void resolve(String value) throws UsageException {
            int eq = value.indexOf('=');
            if (eq <= 0 || !HOST_PORT.matcher(value.substring(eq + 1)).matches()) {
                throw new UsageException("--resolve expects domain=host:port, got '" + value + "'");
            }
            resolve.put(value.substring(0, eq), value.substring(eq + 1));
        }

        private void mode(InputMode wanted) throws UsageException {
            if (mode != InputMode.AUTO && mode != wanted) {
                throw new UsageException("--html and --plain exclude each other");
            }
            mode = wanted;
        }

        private void file(String arg) throws UsageException {
            if (arg.startsWith("--") || (arg.startsWith("-") && arg.length() > 1)) {
                throw new UsageException("unknown option " + arg);
            }
            if (file != null) {
                throw new UsageException("only one input, got '" + file + "' and '" + arg + "'");
            }
            file = arg;
        }

        ToolOptions build() {
            return new ToolOptions(file, mode, check, resolve, insecureHttp, help);
        }
    }
}
