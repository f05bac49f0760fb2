package dev.microcred.forwarder.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PushSignatureTest {

    @Test
    void signsEachPushOfTheSharedWireVectorsExactlySo() throws IOException {
        // The vectors witness-ledger is tested against too, computed with openssl (docs/witness-vectors).
        JsonNode cases = new ObjectMapper().readTree(Path.of(System.getProperty("witness.vectors.dir",
                "../docs/witness-vectors"), "push-signatures.json").toFile()).get("cases");

        for (JsonNode c : cases) {
            assertEquals(c.get("signature").asText(), PushSignature.sign(c.get("secret").asText(),
                    c.get("timestamp").asLong(), c.get("body").asText()), c.get("name").asText());
        }
        assertEquals(3, cases.size());
    }

    @Test
    void signatureIsHmacSha256OfTimestampDotBodyInLowercaseHex() {
        // Reproduce with: printf '1767225600.{"witnessId":"w","deltas":[]}' | openssl dgst -sha256 -hmac "$SECRET"
        String secret = "0123456789abcdef0123456789abcdef";
        String body = "{\"witnessId\":\"w\",\"deltas\":[]}";

        String signature = PushSignature.sign(secret, 1767225600L, body);

        assertEquals("v1=34d1c745fe8acaa42db20d27e90d56f0a12429e81ddd660d72f597de1c8eda0b", signature);
    }

    @Test
    void everyTimestampSignsAfreshSoNoRetryIsAReplay() {
        String secret = "0123456789abcdef0123456789abcdef";

        assertNotEquals(PushSignature.sign(secret, 1L, "{}"), PushSignature.sign(secret, 2L, "{}"));
    }
}
