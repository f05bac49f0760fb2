package dev.microcred.forwarder.push;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code Witness-Signature} of docs/witnessing.md §2: {@code v1=} and the lowercase hex
 * HMAC-SHA256 of {@code timestamp + "." + body} under the witness's push secret (UTF-8 bytes).
 * The timestamp is part of the signed text, so every attempt signs afresh and no retry is a replay.
 */
public final class PushSignature {
    private PushSignature() {
    }

    public static String sign(String secret, long unixSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
