package dev.microcred.witness.ledger;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs pushes as a forwarder does (docs/witnessing.md section 2), written from the document, not the ledger. */
public final class Pushes {

    public static final String WITNESS_ID = "eu-witness-a";
    public static final String SECRET = "test-push-secret";

    private Pushes() {
    }

    public static ValidatableResponse push(String body) {
        return push(body, SECRET, now());
    }

    public static ValidatableResponse push(String body, String secret, long timestamp) {
        return send(body.getBytes(StandardCharsets.UTF_8), String.valueOf(timestamp),
                signature(secret, String.valueOf(timestamp), body));
    }

    public static ValidatableResponse send(byte[] body, String timestamp, String signature) {
        return given().contentType("application/json").header("Witness-Id", WITNESS_ID)
                .header("Witness-Timestamp", timestamp).header("Witness-Signature", signature)
                .body(body).when().post("/witness/v1/deltas").then();
    }

    public static String signature(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v1=" + HexFormat.of().formatHex(
                    mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
