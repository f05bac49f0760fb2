package dev.microcred.witness.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microcred.merkle.NoteSigner;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WitnessAnswerCheckTest {

    static final String HASH = "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded";
    static final String OTHER = "0000000000000000000000000000000000000000000000000000000000000abc";

    WitnessedLog log;
    WitnessAnswerCheck check;

    @BeforeEach
    void givenALogWhereTheHashWasIssuedThenRevoked() {
        log = new WitnessedLog();
        log.witness(OTHER, "VALID", 1);
        log.witness(HASH, "VALID", 2);
        log.witness(OTHER, "EXPIRED", 3);
        log.witness(HASH, "REVOKED", 7);
        log.witness(OTHER, "DELETED", 8);
        check = new WitnessAnswerCheck(log.signer.verifierKey());
    }

    @Test
    void aGoodAnswerIsWitnessedWithTheLatestStatus() throws Exception {
        WitnessedAnswer answer = check.check(log.answer(HASH, "REVOKED", 1, 3), HASH);

        assertEquals("REVOKED", answer.status());
        assertEquals("witness.example/eu-a", answer.origin());
        assertEquals(5, answer.treeSize());
        assertEquals(List.of(1L, 3L), answer.deltas().stream().map(WitnessedAnswer.Delta::leafIndex).toList());
    }

    @Test
    void theStatusIsTakenFromTheHighestIssuerSequenceNotTheAnswerOrder() throws Exception {
        assertEquals("REVOKED", check.check(log.answer(HASH, "REVOKED", 3, 1), null).status());
    }

    @Test
    void anotherWitnessKeyIsRefused() {
        WitnessAnswerCheck stranger = new WitnessAnswerCheck(NoteSigner.generate("witness.example/eu-a").verifierKey());
        assertRefused(stranger, log.answer(HASH, "REVOKED", 1, 3), "not signed");
    }

    @Test
    void anAlteredLeafTextIsRefused() {
        ObjectNode answer = log.answer(HASH, "REVOKED", 1, 3);
        delta(answer, 1).put("leaf", log.leaf(3).replace("REVOKED", "VALID"));
        assertRefused(answer, "not in the signed tree");
    }

    @Test
    void aWrongLeafIndexIsRefused() {
        ObjectNode answer = log.answer(HASH, "REVOKED", 1, 3);
        delta(answer, 1).put("leafIndex", 2);
        assertRefused(answer, "not in the signed tree");
    }

    @Test
    void aTreeSizeOtherThanTheCheckpointsIsRefused() {
        ObjectNode answer = log.answer(HASH, "REVOKED", 1, 3);
        answer.put("treeSize", 4);
        assertRefused(answer, "signed for size 5");
    }

    @Test
    void aCheckpointOfAnotherSizeIsRefused() {
        String smaller = log.checkpoint();
        log.witness(OTHER, "VALID", 9);
        ObjectNode answer = log.answer(HASH, "REVOKED", 1, 3);
        answer.put("checkpoint", smaller);
        assertRefused(answer, "signed for size 5");
    }

    @Test
    void aProofForAnotherLeafIsRefused() {
        ObjectNode answer = log.answer(HASH, "REVOKED", 1, 3);
        ObjectNode other = log.answer(OTHER, "EXPIRED", 2);
        delta(answer, 1).set("inclusionProof", delta(other, 0).get("inclusionProof"));
        assertRefused(answer, "not in the signed tree");
    }

    @Test
    void anAlteredProofHashIsRefused() {
        ObjectNode answer = log.answer(HASH, "REVOKED", 1, 3);
        ((com.fasterxml.jackson.databind.node.ArrayNode) delta(answer, 0).get("inclusionProof"))
                .set(0, java.util.Base64.getEncoder().encodeToString(new byte[32]));
        assertRefused(answer, "not in the signed tree");
    }

    @Test
    void aStatusClaimOtherThanTheLatestDeltaIsRefused() {
        assertRefused(log.answer(HASH, "VALID", 1, 3), "latest witnessed delta says REVOKED");
    }

    @Test
    void aStatusClaimFromAnOlderDeltaOnlyIsRefusedWhenTheNewerIsShown() {
        assertRefused(log.answer(HASH, "VALID", 3), "latest witnessed delta says REVOKED");
    }

    @Test
    void aLeafOfAnotherHashIsRefused() {
        assertRefused(log.answer(HASH, "EXPIRED", 1, 2), "is about " + OTHER);
    }

    @Test
    void anAnswerAboutAnotherHashThanAskedIsRefused() {
        assertRefused(log.answer(OTHER, "DELETED", 0, 2, 4), "not " + HASH);
    }

    @Test
    void aWitnessTimeThatTheLeafDoesNotSayIsRefused() {
        ObjectNode answer = log.answer(HASH, "REVOKED", 1, 3);
        delta(answer, 0).put("witnessedAt", "2020-01-01T00:00:00.000Z");
        assertRefused(answer, "was witnessed at");
    }

    @Test
    void anAnswerWithoutDeltasIsRefused() {
        ObjectNode answer = log.answer(HASH, "REVOKED", 1, 3);
        answer.putArray("deltas");
        assertRefused(answer, "deltas is missing or empty");
    }

    @Test
    void theLeavesShowNoRevocationReasonButAnAuditorsAnswerOpensTheirSeals() throws Exception {
        // The public answer's leaves commit to the reason without showing it
        assertTrue(log.leaf(3).contains("\"sealed\":"), log.leaf(3));
        assertTrue(!log.leaf(3).contains("FRAUD"), log.leaf(3));
        assertEquals(null, check.check(log.answer(HASH, "REVOKED", 1, 3), HASH).deltas().get(1).opened());

        // An auditor's answer opens each seal, and the opened fields are the ones the signed leaf committed to
        WitnessedAnswer audited = check.check(log.auditAnswer(HASH, "REVOKED", 1, 3), HASH);

        assertEquals("{\"relatedHash\":null,\"reason\":\"FRAUD\",\"issuedAt\":\"2026-01-03T10:15:00.123Z\"}",
                audited.deltas().get(1).opened());
        assertEquals(WitnessedLog.sha256Hex(log.opening(3)), audited.deltas().get(1).seal());
    }

    @Test
    void anOpeningOtherThanTheSealedOneIsRefused() {
        ObjectNode answer = log.auditAnswer(HASH, "REVOKED", 1, 3);
        delta(answer, 1).put("opening", log.opening(3).replace("FRAUD", "HOLDER_REQUEST"));
        assertRefused(answer, "opening of leaf 3 does not match its seal");
    }

    @Test
    void anOpeningOfAnotherLeafIsRefused() {
        ObjectNode answer = log.auditAnswer(HASH, "REVOKED", 1, 3);
        delta(answer, 1).put("opening", log.opening(1));
        assertRefused(answer, "opening of leaf 3 does not match its seal");
    }

    @Test
    void leavesWrittenBeforeSealingStillVerifyBesideSealedOnes() throws Exception {
        long whole = log.witnessWhole(HASH, "SUPERSEDED", 9);

        WitnessedAnswer answer = check.check(log.auditAnswer(HASH, "SUPERSEDED", 1, 3, whole), HASH);

        assertEquals("SUPERSEDED", answer.status());
        assertEquals(null, answer.deltas().get(2).seal());
        assertEquals(null, answer.deltas().get(2).opened());
    }

    @Test
    void anOpeningOfALeafThatSealsNothingIsRefused() {
        long whole = log.witnessWhole(HASH, "SUPERSEDED", 9);
        ObjectNode answer = log.answer(HASH, "SUPERSEDED", whole);
        delta(answer, 0).put("opening", log.opening(3));
        assertRefused(answer, "seals nothing");
    }

    @Test
    void aLeafOfAnUnknownFormatIsRefused() {
        long future = log.append("{\"v\":3,\"delta\":{\"hash\":\"" + HASH + "\",\"status\":\"VALID\","
                + "\"issuerSequence\":9},\"witnessedAt\":\"2026-02-01T08:00:09.412Z\"}");
        assertRefused(log.answer(HASH, "VALID", future), "format 3");
    }

    private void assertRefused(ObjectNode answer, String reason) {
        assertRefused(check, answer, reason);
    }

    private static void assertRefused(WitnessAnswerCheck check, ObjectNode answer, String reason) {
        NotVerifiedException e = assertThrows(NotVerifiedException.class, () -> check.check(answer.toString(), HASH));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    private static ObjectNode delta(ObjectNode answer, int position) {
        return (ObjectNode) answer.get("deltas").get(position);
    }
}
