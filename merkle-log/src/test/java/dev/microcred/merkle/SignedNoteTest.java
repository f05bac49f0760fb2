package dev.microcred.merkle;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.microcred.merkle.CheckpointTest.ROOT8;
import static dev.microcred.merkle.CheckpointTest.ROOT8_BYTES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Checkpoints as C2SP signed notes: the exact text, and every way a note must be refused. */
class SignedNoteTest {

    // golang.org/x/mod/sumdb/note's documented example (note.go, "Here is a well-formed signed note").
    private static final String GO_SIGNER_KEY =
            "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String GO_VERIFIER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String GO_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String GO_NOTE = GO_TEXT + "\n\u2014 PeterNeumann "
            + "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    // A fixed witness key: seed bytes 00 01 .. 1f (base64 of 01 || seed).
    static final String WITNESS_SIGNER_KEY =
            "PRIVATE+KEY+witness.example/ledger+db7fecd6+AQABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f";

    private static final Checkpoint CHECKPOINT = new Checkpoint("witness.example/ledger", 8, ROOT8_BYTES);

    @Test
    void signingReproducesGosSignedNoteByteForByte() throws NoteException {
        // Given Go's example signer key and text (Ed25519 is deterministic, so the note is fixed)
        NoteSigner signer = NoteSigner.fromKeyText(GO_SIGNER_KEY);

        // When the text is signed / Then it is Go's note, and Go's verifier key opens it
        assertEquals(GO_NOTE, signer.sign(GO_TEXT));
        assertEquals(GO_VERIFIER_KEY, signer.verifierKey());
        assertEquals(GO_TEXT, NoteVerifier.fromKeyText(GO_VERIFIER_KEY).open(GO_NOTE));
    }

    /*
     * The signed checkpoint for the fixed witness key, made independently with OpenSSL's Ed25519 through Python:
     * python3 -c 'import base64,hashlib as h;from cryptography.hazmat.primitives.asymmetric.ed25519 import
     *   Ed25519PrivateKey as K;n="witness.example/ledger";b=n+"\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n";
     *   k=K.from_private_bytes(bytes(range(32)));i=h.sha256(n.encode()+b"\n\x01"+k.public_key().public_bytes_raw())
     *   .digest()[:4];print(b+"\n\u2014 "+n+" "+base64.b64encode(i+k.sign(b.encode())).decode())'
     * (one line without the breaks; needs the cryptography package).
     */
    @Test
    void aSignedCheckpointHasTheExactC2spForm() {
        // Given the fixed witness key
        NoteSigner signer = NoteSigner.fromKeyText(WITNESS_SIGNER_KEY);

        // When the reference tree's checkpoint is signed
        String note = signer.sign(CHECKPOINT);

        // Then: body, blank line, em dash + space + key name + space + base64(key ID || signature), newline
        assertEquals("witness.example/ledger\n8\n" + ROOT8 + "\n\n\u2014 witness.example/ledger "
                + "23/s1mpD2feRj6jx7pfleoMip9KKXxXXomrCh5BDY+Az5+ygruRW+CsqZm5RdVFt47LwWhCElpaSdVgH1TFYzXmT2Aw=\n",
                note);
        String blob = note.substring(note.lastIndexOf(' ') + 1, note.length() - 1);
        byte[] decoded = Base64.getDecoder().decode(blob);
        assertEquals(4 + 64, decoded.length);
        assertEquals("db7fecd6", HexFormat.of().formatHex(decoded, 0, 4));
        assertEquals("witness.example/ledger+db7fecd6+AQOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4",
                signer.verifierKey());
    }

    @Test
    void aCheckpointSignedWithANewKeyVerifiesToTheSameCheckpoint() throws NoteException {
        // Given a fresh key and its published verifier key
        NoteSigner signer = NoteSigner.generate("witness.example/ledger");
        NoteVerifier verifier = NoteVerifier.fromKeyText(signer.verifierKey());

        // When a checkpoint is signed and verified / Then the same checkpoint comes back
        assertEquals(CHECKPOINT, verifier.verify(signer.sign(CHECKPOINT)));
    }

    @ParameterizedTest(name = "changing {0} breaks the signature")
    @ValueSource(strings = {"size", "root", "origin"})
    void changingAnyLineOfTheBodyBreaksTheSignature(String line) {
        // Given a signed checkpoint
        String note = NoteSigner.fromKeyText(WITNESS_SIGNER_KEY).sign(CHECKPOINT);

        // When one line of the body is changed, the signature line kept
        String changed = switch (line) {
            case "size" -> note.replace("\n8\n", "\n9\n");
            case "root" -> note.replace(ROOT8, "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
            default -> note.replaceFirst("witness.example/ledger\n", "witness.example/other\n");
        };

        // Then the witness's key no longer verifies it
        NoteException e = assertThrows(NoteException.class,
                () -> NoteVerifier.fromKeyText(signerVerifierKey()).verify(changed));
        assertEquals(NoteException.Kind.BAD_SIGNATURE, e.kind());
    }

    @Test
    void aNoteSignedByAnotherKeyIsRejectedEvenUnderTheSameName() {
        // Given a note signed by another key that claims the witness's name
        String note = NoteSigner.generate("witness.example/ledger").sign(CHECKPOINT);

        // When checked with the witness's key / Then there is no signature by it
        NoteException e = assertThrows(NoteException.class,
                () -> NoteVerifier.fromKeyText(signerVerifierKey()).verify(note));
        assertEquals(NoteException.Kind.NO_SIGNATURE_BY_KEY, e.kind());
    }

    @Test
    void otherSignaturesAreIgnoredButAForgedOneByThisKeyRejectsTheNote() throws NoteException {
        // Given the witness's note with a cosignature by another key before its own line
        String own = NoteSigner.fromKeyText(WITNESS_SIGNER_KEY).sign(CHECKPOINT);
        String other = NoteSigner.generate("cosigner.example").sign(CHECKPOINT);
        String cosigned = CHECKPOINT.body() + "\n" + signatureLines(other) + signatureLines(own);
        NoteVerifier verifier = NoteVerifier.fromKeyText(signerVerifierKey());

        // When verified / Then the unknown signature is ignored
        assertEquals(CHECKPOINT, verifier.verify(cosigned));

        // And a line with this key's name and ID but another signature rejects the whole note
        byte[] forged = Base64.getDecoder().decode(signatureLines(own).split(" ")[2].trim());
        forged[10] ^= 1;
        String forgedLine = "\u2014 witness.example/ledger " + Base64.getEncoder().encodeToString(forged) + "\n";
        NoteException e = assertThrows(NoteException.class, () -> verifier.verify(own + forgedLine));
        assertEquals(NoteException.Kind.BAD_SIGNATURE, e.kind());
    }

    @ParameterizedTest(name = "{index}: malformed note")
    @ValueSource(strings = {
        "witness.example/ledger\n8\n" + ROOT8 + "\n\u2014 witness.example/ledger AAAAAAA=\n",
        "witness.example/ledger\n8\n" + ROOT8 + "\n\n- witness.example/ledger AAAAAAA=\n",
        "witness.example/ledger\n8\n" + ROOT8 + "\n\n\u2014 witness.example/ledger AAAAAAA\n",
        "witness.example/ledger\n8\n" + ROOT8 + "\n\n\u2014 witness.example/ledger AAAA\n",
        "witness.example/ledger\n8\n" + ROOT8 + "\n\n\u2014 witness.example/ledger AAAAAAA=",
        "witness.example/ledger\r\n8\n" + ROOT8 + "\n\n\u2014 witness.example/ledger AAAAAAA=\n",
        "witness.example/ledger\n8\n" + ROOT8 + "\n\n",
        "witness.example/ledger\n8\n" + ROOT8 + "\n\n\u2014 witness+example AAAAAAA=\n",
    })
    void aNoteThatIsNotWellFormedIsRefusedBeforeAnySignatureIsChecked(String note) {
        // Given a note without the blank line, with a hyphen for the em dash, unpadded base64, a signature shorter
        // than key ID plus one byte, no final newline, a carriage return, no signature line, or a '+' in a name
        // When verified / Then it is malformed
        NoteException e = assertThrows(NoteException.class,
                () -> NoteVerifier.fromKeyText(signerVerifierKey()).verify(note));
        assertEquals(NoteException.Kind.MALFORMED_NOTE, e.kind());
    }

    @Test
    void aSignedNoteThatIsNoCheckpointOpensButDoesNotVerifyAsOne() throws NoteException {
        // Given Go's example note / When opened it gives its text, but as a checkpoint it is malformed
        NoteVerifier verifier = NoteVerifier.fromKeyText(GO_VERIFIER_KEY);
        assertEquals(GO_TEXT, verifier.open(GO_NOTE));
        NoteException e = assertThrows(NoteException.class, () -> verifier.verify(GO_NOTE));
        assertEquals(NoteException.Kind.MALFORMED_CHECKPOINT, e.kind());
    }

    private static String signerVerifierKey() {
        return NoteSigner.fromKeyText(WITNESS_SIGNER_KEY).verifierKey();
    }

    private static String signatureLines(String note) {
        return note.substring(note.lastIndexOf("\n\n") + 2);
    }
}
