package dev.microcred.issuer.credential.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.microcred.issuer.credential.Credential;
import dev.microcred.issuer.credential.RevocationReason;
import dev.microcred.issuer.document.DocumentType;
import dev.microcred.text.HtmlBlock;
import dev.microcred.text.VerifyLine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A credential as its issuer sees it. {@code text.plain} is what gets printed; {@code text.html}
 * is the same block with the live-verify markers. A deleted credential keeps only its hash and status.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CredentialResponse(UUID id, String issuerId, DocumentType documentType, String hash, String status,
        RevocationReason reason, String verifyLine, String verifyUrl, Text text, Instant issuedAt,
        LocalDate validUntil, Instant statusChangedAt, String supersedes, String supersededBy) {

    public record Text(String plain, String html) {
    }

    static CredentialResponse of(Credential c, LocalDate today) {
        Text text = null;
        String verifyLine = null;
        String verifyUrl = null;
        String plainText = c.issued().plainText();
        if (plainText != null) {
            List<String> lines = Arrays.asList(plainText.split("\n", -1));
            VerifyLine line = VerifyLine.parse(lines.get(lines.size() - 1)).orElseThrow();
            verifyLine = line.text();
            verifyUrl = line.url(c.hash());
            text = new Text(plainText, HtmlBlock.render("cred-" + c.id().toString().substring(0, 8),
                    lines.subList(0, lines.size() - 1), line));
        }
        return new CredentialResponse(c.id(), c.issuerId(), c.issued().documentType(), c.hash(), c.status(today),
                c.reason(), verifyLine, verifyUrl, text, c.issuedAt(), c.issued().validUntil(), c.stateChangedAt(),
                c.supersedes(), c.supersededBy());
    }
}
