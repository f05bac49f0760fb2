package dev.microcred.text.cli;

import dev.microcred.text.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the tool prints and returns without an answering issuer. */
class VerifyToolOfflineTest {

    private static final String SEED_ONE_HASH = "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded";

    @Test
    void seedBlockFromAFilePrintsEverySectionAndExitsZero(@TempDir Path dir) throws IOException {
        // Given seed credential 1's HTML block in a file
        Path file = dir.resolve("micro1.html");
        Files.writeString(file, Seed.html(1), StandardCharsets.UTF_8);

        // When the tool reads it without --check
        ToolRun run = ToolRun.of("", file.toString());

        // Then it shows the lines as found, the normalized text, the hash and both URLs
        assertTrue(run.section("Extracted text (the hashed lines, as found)").startsWith("SKILL CREDENTIAL\nAWS"));
        assertEquals(10, run.section("Normalized text").lines().count());
        assertEquals(SEED_ONE_HASH, run.section("SHA-256"));
        assertEquals("https://aws.training/cred/jc-lambda-2026/" + SEED_ONE_HASH, run.section("Verify URL"));
        assertEquals("https://aws.training/cred/jc-lambda-2026/verification-meta.json", run.section("Metadata URL"));
        assertEquals(0, run.exitCode());
    }

    @Test
    void forcedPlainModeReadsMarkupAsText() {
        // Given the seed HTML block read with --plain
        ToolRun run = ToolRun.of(Seed.html(1), "--plain");

        // Then the markup is taken as text, where the verify line starts with "<span", so none is found
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no verify line"), run.err());
    }

    @Test
    void inputErrorsExitTwoWithTheReason() {
        // Given text without verify line, HTML without markers, a missing file and a bad option
        ToolRun noVerifyLine = ToolRun.of("SKILL CREDENTIAL\n");
        ToolRun noMarkers = ToolRun.of("<div>A<br>verify:x.org</div>", "--html");
        ToolRun noFile = ToolRun.of("", "/nonexistent/credential.txt");
        ToolRun badOption = ToolRun.of("", "--verbose");

        // When run / Then each exits 2 and says why on stderr
        assertEquals(2, noVerifyLine.exitCode());
        assertTrue(noVerifyLine.err().contains("no verify line"), noVerifyLine.err());
        assertEquals(2, noMarkers.exitCode());
        assertTrue(noMarkers.err().contains("no marked block"), noMarkers.err());
        assertEquals(2, noFile.exitCode());
        assertTrue(noFile.err().contains("no such file"), noFile.err());
        assertEquals(2, badOption.exitCode());
        assertTrue(badOption.err().contains("usage:"), badOption.err());
    }

    @Test
    void anIssuerThatDoesNotAnswerIsUnreachableNotVerified() throws IOException {
        // Given a resolved address nobody listens on
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        // When checked
        ToolRun run = ToolRun.of("A\nverify:issuer.test/v", "--check", "--resolve", "issuer.test=127.0.0.1:" + closedPort);

        // Then the status says so and the exit code is "not verified"
        assertTrue(run.section("Status").startsWith("UNREACHABLE: issuer.test did not answer"), run.out());
        assertEquals(1, run.exitCode());
    }
}
