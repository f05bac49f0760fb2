package dev.microcred.merkle;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Objects;

/**
 * Signs note texts, checkpoints in particular, with one named Ed25519 key (signed-note signature type 0x01).
 *
 * <p>Ed25519 signatures are deterministic (RFC 8032), so the same key and text always give the same note, and
 * the output can be compared byte for byte with Go's golang.org/x/mod/sumdb/note. The key travels as Go's signer
 * key text {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 || 32-byte seed)>}, which a service reads from its
 * environment; it is secret, so {@link #toString()} never shows it.
 */
public final class NoteSigner {

    private static final String SIGNER_KEY_PREFIX = "PRIVATE+KEY+";

    private final String keyName;
    private final KeyPair keyPair;
    private final byte[] rawPublicKey;
    private final int keyId;

    /** A signer for {@code keyName} with an Ed25519 key pair from the JDK. */
    public NoteSigner(String keyName, KeyPair keyPair) {
        if (!SignedNote.isValidKeyName(Objects.requireNonNull(keyName, "keyName"))) {
            throw new IllegalArgumentException("key names are non-empty, without spaces or '+': " + keyName);
        }
        this.keyName = keyName;
        this.keyPair = Objects.requireNonNull(keyPair, "keyPair");
        this.rawPublicKey = Ed25519Keys.rawPublicKey(keyPair.getPublic());
        this.keyId = Ed25519Keys.keyId(keyName, rawPublicKey);
    }

    /** A signer with a new random key. */
    public static NoteSigner generate(String keyName) {
        return new NoteSigner(keyName, Ed25519Keys.generate());
    }

    /** Parses Go's signer key text, checking that its key ID belongs to its name and key. */
    public static NoteSigner fromKeyText(String signerKey) {
        // Names hold no '+', so the first four '+' are separators and the rest (base64 may hold '+') is the key.
        String[] parts = Objects.requireNonNull(signerKey, "signerKey").split("\\+", 5);
        if (!signerKey.startsWith(SIGNER_KEY_PREFIX) || parts.length != 5) {
            throw new IllegalArgumentException("not a signer key: PRIVATE+KEY+<name>+<key ID>+<key>");
        }
        byte[] typedSeed = KeyText.decodeTypedKey(parts[4]);
        NoteSigner signer = new NoteSigner(parts[2], Ed25519Keys.fromSeed(typedSeed));
        KeyText.checkKeyId(parts[3], signer.keyId);
        return signer;
    }

    public String keyName() {
        return keyName;
    }

    /** The verifier key text {@code <name>+<hex key ID>+<base64(0x01 || public key)>} to publish. */
    public String verifierKey() {
        return keyName + "+" + KeyText.hexKeyId(keyId) + "+" + KeyText.encodeTypedKey(rawPublicKey);
    }

    /** The secret signer key text, for storing the key; keep it out of logs. */
    public String signerKeyText() {
        return SIGNER_KEY_PREFIX + keyName + "+" + KeyText.hexKeyId(keyId) + "+"
                + KeyText.encodeTypedKey(Ed25519Keys.seed(keyPair));
    }

    /** The signed note of a checkpoint. */
    public String sign(Checkpoint checkpoint) {
        return sign(checkpoint.body());
    }

    /** The signed note of {@code text}: the text, a blank line, and this key's signature line. */
    public String sign(String text) {
        SignedNote.checkText(Objects.requireNonNull(text, "text"));
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(keyPair.getPrivate());
            ed25519.update(text.getBytes(StandardCharsets.UTF_8));
            return text + "\n" + SignedNote.signatureLine(keyName, keyId, ed25519.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    @Override
    public String toString() {
        return "NoteSigner[" + keyName + "+" + KeyText.hexKeyId(keyId) + "]";
    }
}
