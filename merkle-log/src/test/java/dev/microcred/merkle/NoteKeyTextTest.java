package dev.microcred.merkle;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The key texts of golang.org/x/mod/sumdb/note: parsed strictly, and the secret one never shown. */
class NoteKeyTextTest {

    private static final Checkpoint CHECKPOINT = new Checkpoint("witness.example/ledger", 8,
            CheckpointTest.ROOT8_BYTES);

    @ParameterizedTest(name = "{index}: verifier key {0} is refused")
    @ValueSource(strings = {
        "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20a+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20a3+Ahpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T",
        "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        "PeterNeumann+c74f20a3",
        "+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
    })
    void aVerifierKeyThatDoesNotHoldTogetherIsRefusedAtOnce(String key) {
        // Given a key whose ID does not match, is short, has another type byte, a cut key, a space in the name,
        // missing parts or no name / When parsed / Then it is refused
        assertThrows(IllegalArgumentException.class, () -> NoteVerifier.fromKeyText(key));
    }

    // Repeated because base64 holds '+' in about half of all keys, the case a parser splitting naively gets wrong.
    @RepeatedTest(32)
    void theSignerKeyTextRoundTripsAndStaysOutOfToString() {
        // Given a fresh signer / When its key text is read back / Then it is the same key, never printed
        NoteSigner signer = NoteSigner.generate("witness.example/ledger");
        NoteSigner again = NoteSigner.fromKeyText(signer.signerKeyText());
        assertEquals(signer.verifierKey(), again.verifierKey());
        assertEquals(signer.sign(CHECKPOINT), again.sign(CHECKPOINT));
        // The key is everything after the fourth '+': base64 may itself hold '+', so lastIndexOf would cut it.
        String secret = signer.signerKeyText().split("\\+", 5)[4];
        assertEquals(44, secret.length()); // base64 of 0x01 and the 32-byte seed
        assertFalse(signer.toString().contains(secret));
        assertTrue(signer.toString().startsWith("NoteSigner[witness.example/ledger+"));
        assertThrows(IllegalArgumentException.class,
                () -> NoteSigner.fromKeyText(SignedNoteTest.WITNESS_SIGNER_KEY.replace("db7fecd6", "db7fecd7")));
    }
}
