package dev.microcred.text.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of {@link VerifyTool}, with its output split into the labelled sections. */
record ToolRun(int exitCode, String out, String err) {

    static ToolRun of(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = VerifyTool.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new ToolRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The body of section "== title ==", without its final newline; fails if the section is absent. */
    String section(String title) {
        String header = "== " + title + " ==\n";
        int start = out.indexOf(header);
        if (start < 0) {
            throw new AssertionError("no section '" + title + "' in:\n" + out + err);
        }
        int bodyStart = start + header.length();
        int next = out.indexOf("\n== ", bodyStart - 1);
        String body = next < 0 ? out.substring(bodyStart) : out.substring(bodyStart, next + 1);
        return body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
    }
}
