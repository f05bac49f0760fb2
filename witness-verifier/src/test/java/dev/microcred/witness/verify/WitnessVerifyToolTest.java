package dev.microcred.witness.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WitnessVerifyToolTest {

    static final String HASH = WitnessAnswerCheckTest.HASH;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aWitnessedAnswerPrintsTheStatusAndExitsZero(@TempDir Path dir) throws Exception {
        WitnessedLog log = new WitnessedLog();
        log.witness(HASH, "VALID", 1);
        log.witness(HASH, "REVOKED", 2);
        Path file = Files.writeString(dir.resolve("answer.json"), log.answer(HASH, "REVOKED", 0, 1).toString());

        int exit = run(file.toString(), "--key", log.signer.verifierKey(), "--hash", HASH);

        assertEquals(0, exit, err.toString());
        assertTrue(out().contains("leaf 1: REVOKED"), out());
        assertTrue(out().endsWith("WITNESSED: REVOKED by witness.example/eu-a\n"), out());
    }

    @Test
    void anAuditorsAnswerPrintsTheOpenedFields(@TempDir Path dir) throws Exception {
        WitnessedLog log = new WitnessedLog();
        log.witness(HASH, "VALID", 1);
        log.witness(HASH, "REVOKED", 2);
        Path file = Files.writeString(dir.resolve("answer.json"), log.auditAnswer(HASH, "REVOKED", 0, 1).toString());

        assertEquals(0, run(file.toString(), "--key", log.signer.verifierKey()), err.toString());
        assertTrue(out().contains("leaf 1: REVOKED (issuer sequence 2), witnessed at 2026-02-01T08:00:01.412Z\n"
                + "    sealed, opened: {\"relatedHash\":null,\"reason\":\"FRAUD\","), out());
    }

    @Test
    void aRefusedAnswerSaysWhyAndExitsOne(@TempDir Path dir) throws Exception {
        WitnessedLog log = new WitnessedLog();
        log.witness(HASH, "VALID", 1);
        Path file = Files.writeString(dir.resolve("answer.json"), log.answer(HASH, "REVOKED", 0).toString());

        assertEquals(1, run(file.toString(), "--key", log.signer.verifierKey()));
        assertTrue(out().startsWith("NOT VERIFIED: "), out());
    }

    @Test
    void missingKeyIsAUsageError() {
        assertEquals(2, run("answer.json"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
    }

    private int run(String... args) {
        return WitnessVerifyTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
