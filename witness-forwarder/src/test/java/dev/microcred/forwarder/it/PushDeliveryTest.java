package dev.microcred.forwarder.it;

import static dev.microcred.forwarder.support.Operator.operator;
import static dev.microcred.forwarder.support.Operator.registerPush;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.infra.Eventually;
import dev.microcred.forwarder.support.FakeWitness;
import dev.microcred.forwarder.support.Jurisdictions;
import dev.microcred.forwarder.support.SeedDeltas;
import dev.microcred.forwarder.support.StatusDeltas;
import dev.microcred.forwarder.support.WitnessReceipts;
import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.StatusDelta;
import dev.microcred.schemas.WitnessReceipt;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Push delivery end to end: real broker, registry and database; fake witness firms that check every signature. */
@QuarkusTest
class PushDeliveryTest {
    private static final Duration SOON = Duration.ofSeconds(15);

    @Test
    void deltaReachesExactlyThePushWitnessesOfItsJurisdictionsSignedAndReceipted() throws Exception {
        String eu = Jurisdictions.fresh();
        String uk = Jurisdictions.fresh();
        String euId = Jurisdictions.freshWitnessId("eu");
        String ukId = Jurisdictions.freshWitnessId("uk");
        try (FakeWitness euWitness = new FakeWitness(euId); FakeWitness ukWitness = new FakeWitness(ukId)) {
            // Given a witness of one jurisdiction and a witness of another
            registerPush(euWitness, euId, eu);
            registerPush(ukWitness, ukId, uk);

            // When a delta of the first jurisdiction and one of both happen
            StatusDelta euOnly = SeedDeltas.delta(SeedDeltas.newHash(), CredentialState.VALID, eu);
            StatusDelta both = SeedDeltas.delta(SeedDeltas.newHash(), CredentialState.VALID, uk, eu);
            StatusDeltas.publish(euOnly, both);

            // Then each witness gets exactly the deltas of its jurisdictions, every batch correctly signed
            Eventually.within(SOON, "both deltas at the EU witness", () -> euWitness.received().size() == 2);
            Eventually.within(SOON, "the shared delta at the UK witness", () -> ukWitness.received().size() == 1);
            assertEquals(Set.of(euOnly.getDeltaId(), both.getDeltaId()), Set.copyOf(euWitness.receivedDeltaIds()));
            assertEquals(List.of(both.getDeltaId()), ukWitness.receivedDeltaIds());
            assertEquals(0, euWitness.rejectedSignatures() + ukWitness.rejectedSignatures());
            assertEquals(1, euWitness.received().get(0).get("v").asInt());

            // And the receipts are recorded on witness-receipts, keyed by witness
            Eventually.within(SOON, "receipts on witness-receipts", () -> WitnessReceipts.of(euId).size() == 2);
            WitnessReceipt receipt = WitnessReceipts.of(euId).stream()
                    .filter(r -> r.getDeltaId().equals(euOnly.getDeltaId())).findFirst().orElseThrow();
            assertEquals(euOnly.getHash(), receipt.getHash());
            assertEquals(euOnly.getIssuerId(), receipt.getIssuerId());
            assertEquals(euOnly.getIssuerSequence(), receipt.getIssuerSequence());
            assertEquals(euWitness.receivedDeltaIds().indexOf(euOnly.getDeltaId()), receipt.getLeafIndex());
        }
    }

    @Test
    void changesOfOneHashArriveInTheOrderTheyHappened() throws Exception {
        String us = Jurisdictions.fresh();
        String id = Jurisdictions.freshWitnessId("order");
        try (FakeWitness witness = new FakeWitness(id)) {
            registerPush(witness, id, us);
            String hash = SeedDeltas.newHash();
            List<StatusDelta> history = List.of(SeedDeltas.delta(hash, CredentialState.VALID, us),
                    SeedDeltas.delta(hash, CredentialState.REVOKED, us), SeedDeltas.delta(hash, CredentialState.DELETED, us));

            for (StatusDelta delta : history) {
                StatusDeltas.publish(delta);
            }

            Eventually.within(SOON, "three changes delivered", () -> witness.received().size() == 3);
            assertEquals(history.stream().map(StatusDelta::getDeltaId).toList(), witness.receivedDeltaIds());
            assertEquals(List.of("VALID", "REVOKED", "DELETED"),
                    witness.received().stream().map(d -> d.get("status").asText()).toList());
        }
    }

    @Test
    void aHungWitnessDoesNotDelayAHealthyOne() throws Exception {
        String us = Jurisdictions.fresh();
        String hungId = Jurisdictions.freshWitnessId("hung");
        String healthyId = Jurisdictions.freshWitnessId("healthy");
        try (FakeWitness hung = new FakeWitness(hungId); FakeWitness healthy = new FakeWitness(healthyId)) {
            // Given two witnesses of one jurisdiction, one of them holding every request unanswered
            hung.hang();
            registerPush(hung, hungId, us);
            registerPush(healthy, healthyId, us);

            // When a delta happens
            StatusDelta delta = SeedDeltas.delta(SeedDeltas.newHash(), CredentialState.VALID, us);
            StatusDeltas.publish(delta);

            // Then, once the hung witness holds the first request, the healthy one still gets the delta (the
            // push timeout in tests outlasts these waits, so a shared sender could not have got past it)
            Eventually.within(SOON, "the hung witness holding the push", () -> hung.held() == 1);
            Eventually.within(SOON, "delivery to the healthy witness", () -> healthy.received().size() == 1);
            assertEquals(1, hung.held());
            assertEquals(1, hung.attempts());

            // And once the hung witness answers, it has the delta too
            hung.release();
            Eventually.within(SOON, "delivery to the witness that hung", () -> hung.received().size() == 1);
            assertEquals(healthy.receivedDeltaIds(), hung.receivedDeltaIds());
        }
    }

    @Test
    void batchFailingLongerThanParkAfterIsParkedAndRedrivenInOrderOnceTheWitnessRecovers() throws Exception {
        String us = Jurisdictions.fresh();
        String id = Jurisdictions.freshWitnessId("parked");
        try (FakeWitness witness = new FakeWitness(id)) {
            // Given a witness that is down for longer than park-after (3 s in tests)
            witness.dead(true);
            registerPush(witness, id, us);
            String hash = SeedDeltas.newHash();
            StatusDelta issued = SeedDeltas.delta(hash, CredentialState.VALID, us);
            StatusDeltas.publish(issued);

            // Then its delta is parked, visible to operators and in the metric
            Eventually.within(SOON, "delta parked", () -> parkedIds(id).equals(List.of(issued.getDeltaId())));
            operator().get("/api/v1/witnesses/" + id).then().body("push.parked", equalTo(1))
                    .body("push.lagDeltas", equalTo(0));
            operator().get("/api/v1/witnesses/" + id + "/parked").then()
                    .body("[0].hash", equalTo(hash)).body("[0].attempts", org.hamcrest.Matchers.greaterThan(1))
                    .body("[0].lastError", equalTo("answered HTTP 503"));
            assertTrue(metric("witness_parked_total", id) >= 1.0);
            assertTrue(metric("witness_retries_total", id) >= 1.0);

            // When the witness recovers, a later change of the parked hash waits behind it, other hashes flow
            witness.dead(false);
            StatusDelta revoked = SeedDeltas.delta(hash, CredentialState.REVOKED, us);
            StatusDelta other = SeedDeltas.delta(SeedDeltas.newHash(), CredentialState.VALID, us);
            StatusDeltas.publish(revoked, other);
            Eventually.within(SOON, "other hash delivered", () -> witness.receivedDeltaIds().equals(List.of(other.getDeltaId())));
            Eventually.within(SOON, "later change parked behind", () -> parkedIds(id).size() == 2);

            // And a re-drive delivers the parked changes, oldest first
            operator().post("/api/v1/witnesses/" + id + "/parked/redrive").then().statusCode(202)
                    .body("redriving", equalTo(2));
            Eventually.within(SOON, "re-driven", () -> witness.received().size() == 3);
            assertEquals(List.of(other.getDeltaId(), issued.getDeltaId(), revoked.getDeltaId()), witness.receivedDeltaIds());
            Eventually.within(SOON, "parked list empty", () -> parkedIds(id).isEmpty());
            Eventually.within(SOON, "receipts recorded", () -> WitnessReceipts.of(id).size() == 3);
            assertEquals(0, witness.rejectedSignatures());
        }
    }

    @Test
    void witnessRegisteredLaterReceivesTheWholeHistory() throws Exception {
        String us = Jurisdictions.fresh();
        String firstId = Jurisdictions.freshWitnessId("first");
        String laterId = Jurisdictions.freshWitnessId("later");
        try (FakeWitness first = new FakeWitness(firstId); FakeWitness later = new FakeWitness(laterId)) {
            // Given a history of three changes, already delivered to the first witness
            registerPush(first, firstId, us);
            List<StatusDelta> history = List.of(SeedDeltas.delta(SeedDeltas.newHash(), CredentialState.VALID, us),
                    SeedDeltas.delta(SeedDeltas.newHash(), CredentialState.VALID, us),
                    SeedDeltas.delta(SeedDeltas.newHash(), CredentialState.EXPIRED, us));
            StatusDeltas.publish(history.toArray(StatusDelta[]::new));
            Eventually.within(SOON, "history delivered", () -> first.received().size() == 3);

            // When a second witness of the jurisdiction registers
            registerPush(later, laterId, us);

            // Then it receives all of it
            Eventually.within(SOON, "history replayed", () -> later.received().size() == 3);
            Set<String> expected = history.stream().map(StatusDelta::getDeltaId).collect(Collectors.toSet());
            assertEquals(expected, Set.copyOf(later.receivedDeltaIds()));
            Eventually.within(SOON, "no lag once the cursor moved", () -> operator().get("/api/v1/witnesses/" + laterId)
                    .then().extract().jsonPath().getInt("push.lagDeltas") == 0);
        }
    }

    private static List<String> parkedIds(String witnessId) {
        return operator().get("/api/v1/witnesses/" + witnessId + "/parked").then().statusCode(200)
                .extract().jsonPath().getList("deltaId", String.class);
    }

    static double metric(String name, String witnessId) {
        String text = io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        return text.lines().filter(l -> l.startsWith(name + "{") && l.contains("witness=\"" + witnessId + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
