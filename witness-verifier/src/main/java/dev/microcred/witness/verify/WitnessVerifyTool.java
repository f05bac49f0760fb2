package dev.microcred.witness.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code WitnessVerifyTool ANSWER.json --key '<verifier key>' [--hash <hex>]}: checks a saved witness answer
 * ({@code -} reads standard input) with no network access. Exit 0 when witnessed, 1 when not, 2 for bad usage.
 */
public final class WitnessVerifyTool {

    static final String USAGE = "usage: WitnessVerifyTool ANSWER.json|- --key '<verifier key>' [--hash <hex>]";

    private WitnessVerifyTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String answerPath = null;
        String key = null;
        String hash = null;
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("--key") || args[i].equals("--hash")) && i + 1 < args.length) {
                if (args[i].equals("--key")) {
                    key = args[++i];
                } else {
                    hash = args[++i];
                }
            } else if (answerPath == null && (!args[i].startsWith("--") || args[i].equals("-"))) {
                answerPath = args[i];
            } else {
                answerPath = null;
                break;
            }
        }
        if (answerPath == null || key == null) {
            err.println(USAGE);
            return 2;
        }
        return verify(answerPath, key, hash, out, err);
    }

    private static int verify(String answerPath, String key, String hash, PrintStream out, PrintStream err) {
        WitnessAnswerCheck check;
        String answer;
        try {
            check = new WitnessAnswerCheck(key);
            answer = answerPath.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(answerPath), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | IOException e) {
            err.println("cannot start: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            report(check.check(answer, hash), out);
            return 0;
        } catch (NotVerifiedException e) {
            out.println("NOT VERIFIED: " + e.getMessage());
            return 1;
        }
    }

    private static void report(WitnessedAnswer answer, PrintStream out) {
        out.println("witness:   " + answer.origin());
        out.println("tree size: " + answer.treeSize());
        out.println("hash:      " + answer.hash());
        for (WitnessedAnswer.Delta delta : answer.deltas()) {
            out.println("  leaf " + delta.leafIndex() + ": " + delta.status() + " (issuer sequence "
                    + delta.issuerSequence() + "), witnessed at " + delta.witnessedAt());
            if (delta.opened() != null) {
                out.println("    sealed, opened: " + delta.opened());
            }
        }
        out.println("WITNESSED: " + answer.status() + " by " + answer.origin());
    }
}
