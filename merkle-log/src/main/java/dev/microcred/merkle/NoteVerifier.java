package dev.microcred.merkle;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Objects;

/**
 * Checks signed notes against one trusted Ed25519 key, given as a verifier key text
 * {@code <name>+<hex key ID>+<base64(0x01 || 32-byte public key)>}.
 *
 * <p>The rules are signed-note's: signature lines of other keys are ignored (they may be witnesses' cosignatures
 * or a rotated key), a line with this key's name and ID must verify or the whole note is rejected, and a note with
 * no such line is rejected. The key text's ID must match its name and key, so a mistyped key fails at start-up
 * rather than as "no signature" on every note. Which origin a checkpoint should carry is the caller's to check:
 * the specification only recommends that it equal the key name.
 */
public final class NoteVerifier {

    private final String keyName;
    private final int keyId;
    private final PublicKey publicKey;

    private NoteVerifier(String keyName, int keyId, PublicKey publicKey) {
        this.keyName = keyName;
        this.keyId = keyId;
        this.publicKey = publicKey;
    }

    /** Parses a verifier key text; throws {@link IllegalArgumentException} if it is malformed or inconsistent. */
    public static NoteVerifier fromKeyText(String verifierKey) {
        // Names hold no '+', so the first two '+' are separators and the rest (base64 may hold '+') is the key.
        String[] parts = Objects.requireNonNull(verifierKey, "verifierKey").split("\\+", 3);
        if (parts.length != 3 || !SignedNote.isValidKeyName(parts[0])) {
            throw new IllegalArgumentException("not a verifier key: <name>+<key ID>+<key>: " + verifierKey);
        }
        byte[] rawKey = KeyText.decodeTypedKey(parts[2]);
        int keyId = Ed25519Keys.keyId(parts[0], rawKey);
        KeyText.checkKeyId(parts[1], keyId);
        return new NoteVerifier(parts[0], keyId, Ed25519Keys.publicKey(rawKey));
    }

    public String keyName() {
        return keyName;
    }

    /** The text of a note signed by this key, once its signature is verified. */
    public String open(String note) throws NoteException {
        SignedNote parsed = SignedNote.parse(Objects.requireNonNull(note, "note"));
        byte[] text = parsed.text().getBytes(StandardCharsets.UTF_8);
        boolean verified = false;
        for (SignedNote.SignatureLine line : parsed.signatures()) {
            if (line.keyName().equals(keyName) && line.keyId() == keyId) {
                if (!holds(text, line.signature())) {
                    throw new NoteException(NoteException.Kind.BAD_SIGNATURE,
                            "the signature of " + keyName + "+" + KeyText.hexKeyId(keyId) + " does not verify");
                }
                verified = true;
            }
        }
        if (!verified) {
            throw new NoteException(NoteException.Kind.NO_SIGNATURE_BY_KEY,
                    "the note has no signature by " + keyName + "+" + KeyText.hexKeyId(keyId));
        }
        return parsed.text();
    }

    /** The checkpoint in a note signed by this key. */
    public Checkpoint verify(String note) throws NoteException {
        return Checkpoint.parse(open(note));
    }

    private boolean holds(byte[] text, byte[] signature) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(publicKey);
            ed25519.update(text);
            return ed25519.verify(signature);
        } catch (SignatureException e) {
            return false; // A signature of the wrong length or form is just one that does not hold.
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 verification is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "NoteVerifier[" + keyName + "+" + KeyText.hexKeyId(keyId) + "]";
    }
}
