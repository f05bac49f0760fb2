package dev.microcred.issuer.document;

import dev.microcred.text.HtmlBlock;
import dev.microcred.text.VerifyLine;
import java.util.List;

/**
 * A credential as the holder receives it: the lines that are hashed, the verify line that tells a
 * client where to ask, and the hash the issuer records.
 *
 * @param lines          every line above the verify line, blank lines included
 * @param plainText      the lines and the verify line joined with {@code \n}
 * @param normalizedText the lines after live-verify normalization, which is what is hashed
 * @param hash           SHA-256 of the normalized text, 64 lowercase hex characters
 */
public record VerifiableCredentialText(
        List<String> lines,
        VerifyLine verifyLine,
        String plainText,
        String normalizedText,
        String hash) {

    public VerifiableCredentialText {
        lines = FieldRules.items("lines", lines, true);
        FieldRules.present("verifyLine", verifyLine);
        FieldRules.present("plainText", plainText);
        FieldRules.present("normalizedText", normalizedText);
        FieldRules.present("hash", hash);
    }

    /** The block wrapped in the markers browser clients look for, with {@code id} as data-for. */
    public String html(String id) {
        return HtmlBlock.render(id, lines, verifyLine);
    }
}
