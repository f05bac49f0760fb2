package dev.microcred.text.cli;

import dev.microcred.text.VerifiableText;
import dev.microcred.text.VerifiableTextException;
import dev.microcred.text.client.LiveVerifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The verifier's command-line tool: computes what a live-verify client computes from a
 * credential's text or HTML block, and with {@code --check} asks the issuer as a client would.
 *
 * <p>It runs the same {@code dev.microcred.text} code the issuer renders and hashes with, so a
 * difference between the two sides is a difference in input, never in the rules.
 */
public final class VerifyTool {

    static final int VERIFIED = 0;
    static final int NOT_VERIFIED = 1;
    static final int USAGE_OR_INPUT_ERROR = 2;

    private VerifyTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** The whole tool, with its streams passed in so tests can run it in-process. */
    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        ToolOptions options;
        try {
            options = ToolOptions.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(ToolOptions.USAGE);
            return USAGE_OR_INPUT_ERROR;
        }
        if (options.help()) {
            out.println(ToolOptions.USAGE);
            return VERIFIED;
        }
        try {
            VerifiableText text = read(options, stdin);
            Report report = new Report(out);
            report.describe(text);
            return options.check() ? check(options, text, report) : VERIFIED;
        } catch (IOException | VerifiableTextException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return USAGE_OR_INPUT_ERROR;
        }
    }

    private static int check(ToolOptions options, VerifiableText text, Report report) {
        LiveCheck check = new LiveCheck(new LiveVerifier(options.resolve(), options.insecureHttp()), report);
        try {
            return check.run(text) ? VERIFIED : NOT_VERIFIED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            report.section("Status", "INTERRUPTED before the issuer answered");
            return NOT_VERIFIED;
        }
    }

    private static VerifiableText read(ToolOptions options, InputStream stdin) throws IOException {
        String input;
        try {
            input = options.readsStdin()
                    ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(options.file()));
        } catch (NoSuchFileException e) {
            throw new IOException("no such file: " + options.file(), e);
        } catch (CharacterCodingException e) {
            throw new IOException("input is not UTF-8 text: " + options.file(), e);
        }
        return switch (options.mode()) {
            case HTML -> VerifiableText.fromHtml(input);
            case PLAIN -> VerifiableText.fromPlainText(input);
            case AUTO -> VerifiableText.parse(input);
        };
    }
}
