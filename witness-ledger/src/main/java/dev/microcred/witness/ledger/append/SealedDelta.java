package dev.microcred.witness.ledger.append;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microcred.witness.ledger.delta.WireDelta;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A wire delta split into what the public leaf shows and what it only commits to.
 *
 * <p>Anyone may read a witness's leaves, but a revocation reason, the hash a credential replaced or was replaced by,
 * and an issue time to the millisecond say more about one holder than a public log should: the reason is about the
 * holder's conduct, the related hash links two of their credentials, and an exact time is a join key into other
 * records. So the leaf shows an allow-list of fields, with the issue and change times cut to the second, and seals
 * the rest: every other field (unknown ones too, since a field added later may be private), and the exact times.
 *
 * <p>The seal is {@code hex(SHA-256(opening))} where the opening is the text
 * {@code {"salt":"<128 random bits, hex>","fields":{...sealed fields, in the order received...}}}. The salt keeps
 * the few values a reason or a millisecond can take from being guessed against the seal. The opening is kept beside
 * the leaf and shown to auditors only; whoever holds it checks it against the signed leaf without trusting the
 * witness.
 */
public record SealedDelta(ObjectNode shown, String opening, String seal) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SALT_BYTES = 16;
    private static final Set<String> SHOWN = Set.of("v", "deltaId", "hash", "status", "issuerId", "issuerDomain",
            "issuerSequence", "jurisdictions", "documentType", "credentialCode", "level", "validUntil");
    private static final Set<String> SHOWN_TO_THE_SECOND = Set.of("issuedAt", "changedAt");

    public static SealedDelta of(WireDelta delta, Random salts) {
        ObjectNode shown = JSON.createObjectNode();
        ObjectNode sealed = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> field : delta.json().properties()) {
            String name = field.getKey();
            if (SHOWN.contains(name)) {
                shown.set(name, field.getValue());
            } else {
                sealed.set(name, field.getValue());
                if (SHOWN_TO_THE_SECOND.contains(name)) {
                    toTheSecond(field.getValue()).ifPresent(time -> shown.put(name, time));
                }
            }
        }
        byte[] salt = new byte[SALT_BYTES];
        salts.nextBytes(salt);
        ObjectNode opening = JSON.createObjectNode();
        opening.put("salt", HexFormat.of().formatHex(salt));
        opening.set("fields", sealed);
        String text = write(opening);
        return new SealedDelta(shown, text, sealOf(text));
    }

    /** The seal a leaf carries for this opening text. */
    public static String sealOf(String opening) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(opening.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A time the sender spelled as an RFC 3339 instant, cut to the second; nothing shown for anything else. */
    private static Optional<String> toTheSecond(JsonNode value) {
        if (!value.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.asText()).truncatedTo(ChronoUnit.SECONDS).toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
