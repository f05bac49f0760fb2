package dev.microcred.issuer.document;

import dev.microcred.text.ContentHash;
import dev.microcred.text.Normalizer;
import dev.microcred.text.VerifyLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns structured credential content into the text a holder receives and the hash a client will
 * compute from it.
 *
 * <p>Every credential reads the same way from the top: the document type's header, the issuer's
 * display name, a blank line, the type's own body, then (when the issuer salts its credentials) a
 * blank line and the serial. The verify line closes the block and is not hashed. The hash is taken
 * with the same {@link Normalizer} and {@link ContentHash} the verifying clients follow, so what we
 * record is exactly what they will ask for.
 */
public final class CredentialRenderer {

    private CredentialRenderer() {
    }

    public static VerifiableCredentialText render(CredentialContent content, String issuerDisplayName,
            DateStyle style, VerifyLine verifyLine, Optional<Serial> serial) {
        List<String> lines = lines(FieldRules.present("content", content),
                FieldRules.text("issuerDisplayName", issuerDisplayName), style, serial);
        FieldRules.present("verifyLine", verifyLine);
        String normalizedText = Normalizer.normalize(String.join("\n", lines));
        String plainText = String.join("\n", lines) + "\n" + verifyLine.text();
        return new VerifiableCredentialText(lines, verifyLine, plainText, normalizedText,
                ContentHash.sha256Hex(normalizedText));
    }

    private static List<String> lines(CredentialContent content, String issuerDisplayName,
            DateStyle style, Optional<Serial> serial) {
        List<String> lines = new ArrayList<>();
        lines.add(content.type().header());
        lines.add(issuerDisplayName);
        lines.add("");
        lines.addAll(content.body(FieldRules.present("style", style)));
        FieldRules.present("serial", serial).ifPresent(present -> {
            lines.add("");
            lines.add(present.line());
        });
        return lines;
    }
}
