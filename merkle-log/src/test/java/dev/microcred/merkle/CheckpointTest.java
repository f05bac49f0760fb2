package dev.microcred.merkle;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The tlog-checkpoint body: one exact spelling per checkpoint, and nothing else parses. */
class CheckpointTest {

    /* base64 of the reference tree's root; reproduce: python3 -c 'import base64;print(base64.b64encode(
     *   bytes.fromhex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328")).decode())'
     */
    static final String ROOT8 = "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=";
    static final byte[] ROOT8_BYTES = HexFormat.of()
            .parseHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @Test
    void theBodyIsOriginSizeAndBase64RootEachEndingInANewline() {
        // Given the reference tree's checkpoint / When formatted / Then exactly three lines, each ending in \n
        Checkpoint checkpoint = new Checkpoint("witness.example/ledger", 8, ROOT8_BYTES);
        assertEquals("witness.example/ledger\n8\n" + ROOT8 + "\n", checkpoint.body());
    }

    @Test
    void theSpecificationsExampleParsesAndFormatsBackByteForByte() throws NoteException {
        // Given the body of the example in c2sp.org/tlog-checkpoint
        String body = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

        // When parsed
        Checkpoint checkpoint = Checkpoint.parse(body);

        // Then its parts are read and it formats back to the same text
        assertEquals("example.com/behind-the-sofa", checkpoint.origin());
        assertEquals(20852163, checkpoint.size());
        assertArrayEquals(Base64.getDecoder().decode("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I="),
                checkpoint.rootHash());
        assertEquals(body, checkpoint.body());
    }

    @Test
    void extensionLinesAndTheEmptyTreeRoundTrip() throws NoteException {
        // Given an empty tree's checkpoint with an extension line (reproduce the root: printf '' | sha256sum)
        String body = "witness.example/ledger\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\nnote: first\n";

        // When parsed and formatted / Then nothing is lost
        Checkpoint checkpoint = Checkpoint.parse(body);
        assertEquals(0, checkpoint.size());
        assertEquals(List.of("note: first"), checkpoint.extensions());
        assertEquals(body, checkpoint.body());
        assertEquals(new Checkpoint("witness.example/ledger", 0, Hasher.RFC6962_SHA256.emptyRoot(),
                List.of("note: first")), checkpoint);
    }

    @ParameterizedTest(name = "{index}: malformed body {0}")
    @ValueSource(strings = {
        "o\n8\n" + ROOT8,
        "o\n8\n",
        "\n8\n" + ROOT8 + "\n",
        "o\n08\n" + ROOT8 + "\n",
        "o\n-8\n" + ROOT8 + "\n",
        "o\n+8\n" + ROOT8 + "\n",
        "o\n 8\n" + ROOT8 + "\n",
        "o\n9223372036854775808\n" + ROOT8 + "\n",
        "o\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg\n",
        "o\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyh=\n",
        "o\n8\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==\n",
        "o\n8\n" + ROOT8 + "\n\n",
        "o\r\n8\n" + ROOT8 + "\n",
    })
    void aBodyWithAnyOtherSpellingIsRefused(String body) {
        // Given a body that bends a rule: no final newline, too few lines, empty origin, leading zero or sign,
        // overflow, unpadded or non-canonical base64, a 31-byte root, an empty extension line, a carriage return
        // When parsed / Then it is refused as a malformed checkpoint
        NoteException e = assertThrows(NoteException.class, () -> Checkpoint.parse(body));
        assertEquals(NoteException.Kind.MALFORMED_CHECKPOINT, e.kind());
    }

    @Test
    void aCheckpointThatCouldNotBeFormattedCannotBeMade() {
        // Given values that no body could carry / When a checkpoint is made / Then it is refused
        assertThrows(IllegalArgumentException.class, () -> new Checkpoint("a\n9", 8, ROOT8_BYTES));
        assertThrows(IllegalArgumentException.class, () -> new Checkpoint("", 8, ROOT8_BYTES));
        assertThrows(IllegalArgumentException.class, () -> new Checkpoint("o", -1, ROOT8_BYTES));
        assertThrows(IllegalArgumentException.class, () -> new Checkpoint("o", 8, new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> new Checkpoint("o", 8, ROOT8_BYTES, List.of("")));
    }
}
