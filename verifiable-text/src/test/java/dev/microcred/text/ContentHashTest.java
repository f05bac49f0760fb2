package dev.microcred.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentHashTest {

    @Test
    void hashIsLowercaseHexOfSha256OverUtf8() {
        // Given text with a non-ASCII character (reproduce: printf 'caf\xc3\xa9' | sha256sum)
        String text = "caf\u00E9";

        // When hashed / Then it is the SHA-256 of the two-byte UTF-8 encoding, 64 lowercase hex characters
        assertEquals("850f7dc43910ff890f8879c0ed26fe697c93a067ad93a7d50f466a7028a9bf4e",
                ContentHash.sha256Hex(text));
    }

    @Test
    void emptyTextHasTheWellKnownEmptyHash() {
        // Given nothing (reproduce: printf '' | sha256sum) / When hashed / Then the SHA-256 of zero bytes
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHash.sha256Hex(""));
    }

    @Test
    void onlyTheFormSha256HexGivesIsAHash() {
        assertTrue(ContentHash.isSha256Hex(ContentHash.sha256Hex("")));
        assertFalse(ContentHash.isSha256Hex("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"));
        assertFalse(ContentHash.isSha256Hex("e3b0c442"));
        assertFalse(ContentHash.isSha256Hex(null));
    }
}
