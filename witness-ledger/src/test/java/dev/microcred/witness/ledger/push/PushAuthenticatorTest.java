package dev.microcred.witness.ledger.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.microcred.witness.ledger.Pushes;
import dev.microcred.witness.ledger.push.PushRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PushAuthenticatorTest {

    static final long NOW = 1_770_000_000L;
    static final String BODY = "{\"witnessId\":\"eu-witness-a\",\"deltas\":[]}";

    final PushAuthenticator authenticator = new PushAuthenticator("eu-witness-a", List.of("s3cret"), Duration.ofSeconds(300),
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    @Test
    void aSignatureOverTimestampDotBodyIsAccepted() {
        String signature = Pushes.signature("s3cret", String.valueOf(NOW), BODY);

        SignedPush push = authenticator.authenticate("eu-witness-a", String.valueOf(NOW), signature, bytes(BODY));

        assertEquals(signature.substring(3), push.signature());
        assertEquals(NOW, push.timestamp());
    }

    @Test
    void acceptsEachPushOfTheSharedWireVectorsAndRefusesItAltered() throws IOException {
        // The vectors the forwarder is tested against too, computed with openssl (docs/witness-vectors).
        JsonNode cases = new ObjectMapper().readTree(Path.of(System.getProperty("witness.vectors.dir",
                "../docs/witness-vectors"), "push-signatures.json").toFile()).get("cases");

        for (JsonNode c : cases) {
            byte[] body = bytes(c.get("body").asText());
            String witnessId = new ObjectMapper().readTree(body).get("witnessId").asText();
            String timestamp = c.get("timestamp").asText();
            PushAuthenticator witness = new PushAuthenticator(witnessId, List.of(c.get("secret").asText()),
                    Duration.ofSeconds(300), Clock.fixed(Instant.ofEpochSecond(c.get("timestamp").asLong()), ZoneOffset.UTC));

            witness.authenticate(witnessId, timestamp, c.get("signature").asText(), body);
            body[body.length - 2] ^= 1;
            PushRejectedException altered = assertThrows(PushRejectedException.class,
                    () -> witness.authenticate(witnessId, timestamp, c.get("signature").asText(), body), c.get("name").asText());
            assertEquals(Reason.BAD_SIGNATURE, altered.reason());
        }
        assertEquals(3, cases.size());
    }

    @Test
    void timestampsUpToTheSkewEitherWayAreAccepted() {
        for (long at : new long[] {NOW - 300, NOW + 300}) {
            authenticator.authenticate("eu-witness-a", String.valueOf(at),
                    Pushes.signature("s3cret", String.valueOf(at), BODY), bytes(BODY));
        }
    }

    @Test
    void eachFailureHasItsReason() {
        String ts = String.valueOf(NOW);
        String good = Pushes.signature("s3cret", ts, BODY);
        assertRejected(Reason.MISSING_SIGNATURE, "eu-witness-a", ts, null, BODY);
        assertRejected(Reason.MISSING_SIGNATURE, "eu-witness-a", ts, good.substring(3), BODY);
        assertRejected(Reason.MISSING_SIGNATURE, "eu-witness-a", "yesterday", good, BODY);
        assertRejected(Reason.WRONG_WITNESS, "uk-witness-b", ts, good, BODY);
        assertRejected(Reason.STALE_TIMESTAMP, "eu-witness-a", String.valueOf(NOW - 301),
                Pushes.signature("s3cret", String.valueOf(NOW - 301), BODY), BODY);
        assertRejected(Reason.BAD_SIGNATURE, "eu-witness-a", ts, good, BODY + " ");
        assertRejected(Reason.BAD_SIGNATURE, "eu-witness-a", ts, good.toUpperCase().replace("V1=", "v1="), BODY);
    }

    @Test
    void duringARotationBothSecretsAreAcceptedAndNoOther() {
        PushAuthenticator rotating = new PushAuthenticator("eu-witness-a", List.of("s3cret", "n3w-s3cret"),
                Duration.ofSeconds(300), Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
        String ts = String.valueOf(NOW);

        rotating.authenticate("eu-witness-a", ts, Pushes.signature("s3cret", ts, BODY), bytes(BODY));
        rotating.authenticate("eu-witness-a", ts, Pushes.signature("n3w-s3cret", ts, BODY), bytes(BODY));
        PushRejectedException e = assertThrows(PushRejectedException.class, () -> rotating.authenticate("eu-witness-a",
                ts, Pushes.signature("0ther", ts, BODY), bytes(BODY)));
        assertEquals(Reason.BAD_SIGNATURE, e.reason());
    }

    private void assertRejected(Reason reason, String id, String timestamp, String signature, String body) {
        PushRejectedException e = assertThrows(PushRejectedException.class,
                () -> authenticator.authenticate(id, timestamp, signature, bytes(body)));
        assertEquals(reason, e.reason(), e.getMessage());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
