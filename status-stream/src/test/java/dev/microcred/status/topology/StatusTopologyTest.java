package dev.microcred.status.topology;

import static dev.microcred.status.Events.LAMBDA_DEEP_DIVE;
import static dev.microcred.status.Events.LAMBDA_DEEP_DIVE_V2;
import static dev.microcred.status.Events.ENGLISH_TEST;
import static dev.microcred.status.Events.THREE_PHASE_SYSTEMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.schemas.CredentialEvent;
import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.CredentialStatus;
import dev.microcred.schemas.RelayHeartbeat;
import dev.microcred.schemas.RevocationReason;
import dev.microcred.schemas.StatusDelta;
import dev.microcred.schemas.Topics;
import dev.microcred.status.Events;
import dev.microcred.status.kafka.AvroBinarySerde;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status topology as a specification of every status transition: what the store holds, what
 * the compacted credential-status topic says, and which delta the witnesses receive on
 * status-deltas. Runs with exactly_once_v2 as in production, with registry-free Avro serdes.
 */
class StatusTopologyTest {
    private final AvroBinarySerde<CredentialEvent> eventSerde = new AvroBinarySerde<>(Topics.CREDENTIAL_EVENTS);
    private final AvroBinarySerde<CredentialStatus> statusSerde = new AvroBinarySerde<>(Topics.CREDENTIAL_STATUS);
    private final AvroBinarySerde<StatusDelta> deltaSerde = new AvroBinarySerde<>(Topics.STATUS_DELTAS);

    private TopologyTestDriver driver;
    private TestInputTopic<String, CredentialEvent> events;
    private TestOutputTopic<String, CredentialStatus> statusTopic;
    private TestOutputTopic<String, StatusDelta> deltaTopic;
    private KeyValueStore<String, CredentialStatus> store;
    private final ActiveStatusStores active = new ActiveStatusStores();

    @BeforeEach
    void startTopology(@TempDir Path stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "status-stream-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(StatusTopology.build(new StatusTopology.Serdes4(eventSerde, statusSerde,
                deltaSerde, new AvroBinarySerde<>(Topics.ISSUERS), statusSerde), active), props);
        events = driver.createInputTopic(Topics.CREDENTIAL_EVENTS.topic(), new StringSerializer(), eventSerde.serializer());
        statusTopic = driver.createOutputTopic(Topics.CREDENTIAL_STATUS.topic(), new StringDeserializer(),
                statusSerde.deserializer());
        deltaTopic = driver.createOutputTopic(Topics.STATUS_DELTAS.topic(), new StringDeserializer(),
                deltaSerde.deserializer());
        store = driver.getKeyValueStore(StatusTopology.STATUS_STORE);
    }

    @AfterEach
    void closeTopology() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void whileItsTaskRunsAPartitionsStoreIsThereForVerifyAndAfterwardsItIsNot() {
        //Given the topology runs its one task, partition 0, and seed credential 1 was issued
        send(Events.issued(LAMBDA_DEEP_DIVE, 41));

        //Then verify reads the running store of partition 0, and there is none for another partition
        assertEquals(CredentialState.VALID, active.of(0).store().get(LAMBDA_DEEP_DIVE.hash()).getState());
        assertNull(active.of(1));

        //When the task stops
        driver.close();
        driver = null;

        //Then partition 0's store is no longer offered
        assertNull(active.of(0));
    }

    @Test
    void aRelayHeartbeatMovesThePartitionsFreshnessMarkAndEmitsNothing() {
        //Given seed credential 1 was issued and no heartbeat has been folded yet
        send(Events.issued(LAMBDA_DEEP_DIVE, 41));
        drainOutputs();
        assertEquals(Optional.empty(), active.of(0).freshAsOf());

        //When the relay vouches that the outbox was published up to 12:00:01
        Instant asOf = Instant.parse("2026-02-01T12:00:01Z");
        heartbeat(asOf);

        //Then the mark is in the store, where the changelog carries it to standbys, and verify sees it
        assertEquals(Optional.of(asOf), FreshnessMark.in(store));
        assertEquals(Optional.of(asOf), active.of(0).freshAsOf());
        //And the credential's view is untouched, and neither witnesses nor the status topic hear of it
        assertEquals(CredentialState.VALID, store.get(LAMBDA_DEEP_DIVE.hash()).getState());
        assertNothingMoreEmitted();
    }

    @Test
    void anOlderHeartbeatNeverMovesTheMarkBack() {
        //Given a heartbeat at 12:00:05 was folded
        heartbeat(Instant.parse("2026-02-01T12:00:05Z"));

        //When one from a relay whose clock stepped back arrives
        heartbeat(Instant.parse("2026-02-01T12:00:02Z"));

        //Then the mark still says 12:00:05: the later promise holds
        assertEquals(Optional.of(Instant.parse("2026-02-01T12:00:05Z")), active.of(0).freshAsOf());
    }

    @Test
    void aHeartbeatFromTheFutureVouchesOnlyUpToNow() {
        //Given a relay whose clock is an hour ahead (or a forged header)
        Instant inAnHour = Instant.now().plus(java.time.Duration.ofHours(1));
        //When its heartbeat is folded
        heartbeat(inAnHour);
        //Then the mark says no later than this host's now, so it ages from now on like any other
        Instant mark = active.of(0).freshAsOf().orElseThrow();
        assertTrue(!mark.isAfter(Instant.now()), mark.toString());
        assertEquals(Optional.of(mark), FreshnessMark.in(store));
    }

    @Test
    void anEventNamingTheMarksKeyCannotOverwriteIt() {
        //Given a heartbeat was folded
        heartbeat(Instant.parse("2026-02-01T12:00:05Z"));

        //When an event claims the mark's key as its hash
        CredentialEvent forged = Events.issued(LAMBDA_DEEP_DIVE, 41);
        forged.setHash(FreshnessMark.KEY);
        events.pipeInput(FreshnessMark.KEY, forged);

        //Then the mark is unchanged and nothing is emitted
        assertEquals(Optional.of(Instant.parse("2026-02-01T12:00:05Z")), FreshnessMark.in(store));
        assertNothingMoreEmitted();
    }

    @Test
    void issuedCredentialIsValidInTheStoreAndOnTheStatusTopic() {
        //Given nothing is known about the hash of seed credential 1
        //When the issuer publishes its Issued event
        CredentialEvent issued = Events.issued(LAMBDA_DEEP_DIVE, 41);
        send(issued);

        //Then the store and credential-status say VALID, with the event's facts
        CredentialStatus stored = store.get(LAMBDA_DEEP_DIVE.hash());
        assertEquals(CredentialState.VALID, stored.getState());
        assertEquals("aws.training", stored.getIssuerDomain());
        assertEquals("/cred", stored.getVerifyBasePath());
        assertEquals(41L, stored.getLastSequence());
        assertEquals(issued.getEventId(), stored.getLastEventId());
        assertEquals(List.of(KeyValue.pair(LAMBDA_DEEP_DIVE.hash(), stored)), statusTopic.readKeyValuesToList());
        //And the witnesses receive exactly one VALID delta that replaces nothing
        List<KeyValue<String, StatusDelta>> deltas = deltaTopic.readKeyValuesToList();
        assertEquals(1, deltas.size());
        assertEquals(LAMBDA_DEEP_DIVE.hash(), deltas.get(0).key);
        assertEquals(CredentialState.VALID, deltas.get(0).value.getState());
        assertNull(deltas.get(0).value.getRelatedHash());
        assertNull(deltas.get(0).value.getReason());
    }

    @Test
    void revokedCredentialIsRevokedWithItsReasonInStoreViewAndDelta() {
        //Given seed credential 1 was issued
        send(Events.issued(LAMBDA_DEEP_DIVE, 41));
        drainOutputs();

        //When the issuer revokes it because the assessment was invalidated
        send(Events.revoked(LAMBDA_DEEP_DIVE, 57, RevocationReason.ASSESSMENT_INVALIDATED));

        //Then store, view and delta all say REVOKED for that reason
        CredentialStatus stored = store.get(LAMBDA_DEEP_DIVE.hash());
        assertEquals(CredentialState.REVOKED, stored.getState());
        assertEquals(RevocationReason.ASSESSMENT_INVALIDATED, stored.getReason());
        CredentialStatus view = statusTopic.readValue();
        assertEquals(CredentialState.REVOKED, view.getState());
        assertEquals(RevocationReason.ASSESSMENT_INVALIDATED, view.getReason());
        StatusDelta delta = deltaTopic.readValue();
        assertEquals(CredentialState.REVOKED, delta.getState());
        assertEquals(RevocationReason.ASSESSMENT_INVALIDATED, delta.getReason());
        assertNull(delta.getRelatedHash());
        assertNothingMoreEmitted();
    }

    @Test
    void supersededCredentialPointsToItsReplacement() {
        //Given seed credential 1 was issued
        send(Events.issued(LAMBDA_DEEP_DIVE, 41));
        drainOutputs();

        //When the issuer supersedes it with the v2 credential
        send(Events.superseded(LAMBDA_DEEP_DIVE, 63, LAMBDA_DEEP_DIVE_V2));

        //Then the old hash is SUPERSEDED, its view and delta name the replacement
        assertEquals(CredentialState.SUPERSEDED, store.get(LAMBDA_DEEP_DIVE.hash()).getState());
        CredentialStatus view = statusTopic.readValue();
        assertEquals(CredentialState.SUPERSEDED, view.getState());
        assertEquals(LAMBDA_DEEP_DIVE_V2.hash(), view.getSupersededBy());
        StatusDelta delta = deltaTopic.readValue();
        assertEquals(CredentialState.SUPERSEDED, delta.getState());
        assertEquals(LAMBDA_DEEP_DIVE_V2.hash(), delta.getRelatedHash());
        assertNothingMoreEmitted();
    }

    @Test
    void replacementIsValidAndItsDeltaPointsBackToTheHashItReplaces() {
        //Given seed credential 1 was issued and then superseded by v2
        send(Events.issued(LAMBDA_DEEP_DIVE, 41));
        send(Events.superseded(LAMBDA_DEEP_DIVE, 63, LAMBDA_DEEP_DIVE_V2));
        drainOutputs();

        //When the v2 credential's Issued event names the hash it supersedes
        send(Events.reissued(LAMBDA_DEEP_DIVE_V2, 64, LAMBDA_DEEP_DIVE));

        //Then v2 is VALID and its delta's related hash is the replaced one
        assertEquals(CredentialState.VALID, store.get(LAMBDA_DEEP_DIVE_V2.hash()).getState());
        TestRecord<String, CredentialStatus> view = statusTopic.readRecord();
        assertEquals(LAMBDA_DEEP_DIVE_V2.hash(), view.key());
        assertEquals(CredentialState.VALID, view.value().getState());
        assertNull(view.value().getSupersededBy());
        TestRecord<String, StatusDelta> delta = deltaTopic.readRecord();
        assertEquals(LAMBDA_DEEP_DIVE_V2.hash(), delta.key());
        assertEquals(CredentialState.VALID, delta.value().getState());
        assertEquals(LAMBDA_DEEP_DIVE.hash(), delta.value().getRelatedHash());
        //And the old hash stays SUPERSEDED
        assertEquals(CredentialState.SUPERSEDED, store.get(LAMBDA_DEEP_DIVE.hash()).getState());
        assertNothingMoreEmitted();
    }

    @Test
    void deletedCredentialIsATombstoneOnTheStatusTopicAndAnExplicitDeletedDelta() {
        //Given seed credential 1 was issued
        send(Events.issued(LAMBDA_DEEP_DIVE, 41));
        drainOutputs();

        //When the issuer erases it
        send(Events.deleted(LAMBDA_DEEP_DIVE, 70));

        //Then credential-status carries a tombstone, so compaction forgets the hash
        TestRecord<String, CredentialStatus> view = statusTopic.readRecord();
        assertEquals(LAMBDA_DEEP_DIVE.hash(), view.key());
        assertNull(view.value());
        //And the witnesses receive an explicit DELETED delta
        TestRecord<String, StatusDelta> delta = deltaTopic.readRecord();
        assertEquals(LAMBDA_DEEP_DIVE.hash(), delta.key());
        assertEquals(CredentialState.DELETED, delta.value().getState());
        //And the store remembers the deletion, which is what keeps the hash from coming back
        assertEquals(CredentialState.DELETED, store.get(LAMBDA_DEEP_DIVE.hash()).getState());
        assertNothingMoreEmitted();
    }

    @Test
    void redeliveredEventWithTheSameSequenceChangesNothingAndEmitsNothing() {
        //Given seed credential 1 was issued and revoked
        send(Events.issued(LAMBDA_DEEP_DIVE, 41));
        CredentialEvent revoked = Events.revoked(LAMBDA_DEEP_DIVE, 57, RevocationReason.FRAUD);
        send(revoked);
        CredentialStatus before = store.get(LAMBDA_DEEP_DIVE.hash());
        drainOutputs();

        //When the revocation is delivered again
        send(revoked);

        //Then the view is unchanged and nothing goes out
        assertEquals(before, store.get(LAMBDA_DEEP_DIVE.hash()));
        assertNothingMoreEmitted();
    }

    @Test
    void olderEventArrivingLateChangesNothingAndEmitsNothing() {
        //Given seed credential 1 was issued and revoked
        CredentialEvent issued = Events.issued(LAMBDA_DEEP_DIVE, 41);
        send(issued);
        send(Events.revoked(LAMBDA_DEEP_DIVE, 57, RevocationReason.FRAUD));
        CredentialStatus before = store.get(LAMBDA_DEEP_DIVE.hash());
        drainOutputs();

        //When the older Issued event is replayed after the revocation
        send(issued);

        //Then the credential stays REVOKED and nothing goes out
        assertEquals(before, store.get(LAMBDA_DEEP_DIVE.hash()));
        assertEquals(CredentialState.REVOKED, before.getState());
        assertNothingMoreEmitted();
    }

    @Test
    void issuedEventAfterDeletionDoesNotResurrectTheHash() {
        //Given seed credential 1 was issued and then erased
        send(Events.issued(LAMBDA_DEEP_DIVE, 41));
        send(Events.deleted(LAMBDA_DEEP_DIVE, 70));
        drainOutputs();

        //When an Issued event for the same hash arrives, even with a higher sequence
        send(Events.issued(LAMBDA_DEEP_DIVE, 88));

        //Then the hash stays DELETED and nothing goes out
        CredentialStatus stored = store.get(LAMBDA_DEEP_DIVE.hash());
        assertEquals(CredentialState.DELETED, stored.getState());
        assertEquals(70L, stored.getLastSequence());
        assertNothingMoreEmitted();
    }

    @Test
    void issuedEventForARevokedHashDoesNotMakeItValidAgain() {
        //Given seed credential 1 was issued and then revoked
        send(Events.issued(LAMBDA_DEEP_DIVE, 41));
        send(Events.revoked(LAMBDA_DEEP_DIVE, 52, RevocationReason.FRAUD));
        drainOutputs();

        //When an Issued event for the same hash arrives with a higher sequence
        send(Events.issued(LAMBDA_DEEP_DIVE, 88));

        //Then a hash is issued once: it stays REVOKED and nothing goes out
        assertEquals(CredentialState.REVOKED, store.get(LAMBDA_DEEP_DIVE.hash()).getState());
        assertNothingMoreEmitted();
    }

    @Test
    void eventsForDifferentHashesDoNotInterfere() {
        //Given seed credentials 1 and 2 from two issuers are issued
        send(Events.issued(LAMBDA_DEEP_DIVE, 41));
        send(Events.issued(THREE_PHASE_SYSTEMS, 42));
        drainOutputs();

        //When credential 1 is revoked with a higher sequence than credential 2 has seen
        send(Events.revoked(LAMBDA_DEEP_DIVE, 57, RevocationReason.MISCONDUCT));
        //And credential 2 then gets an event whose sequence is below credential 1's last one
        send(Events.revoked(THREE_PHASE_SYSTEMS, 50, RevocationReason.ISSUED_IN_ERROR));

        //Then each hash folds only its own events
        assertEquals(CredentialState.REVOKED, store.get(LAMBDA_DEEP_DIVE.hash()).getState());
        assertEquals(RevocationReason.MISCONDUCT, store.get(LAMBDA_DEEP_DIVE.hash()).getReason());
        CredentialStatus guilds = store.get(THREE_PHASE_SYSTEMS.hash());
        assertEquals(CredentialState.REVOKED, guilds.getState());
        assertEquals(RevocationReason.ISSUED_IN_ERROR, guilds.getReason());
        assertEquals("cityandguilds.com", guilds.getIssuerDomain());
        assertEquals("2365-03-Unit-308", guilds.getCredentialCode());
        //And each change goes out under its own hash
        List<KeyValue<String, StatusDelta>> deltas = deltaTopic.readKeyValuesToList();
        assertEquals(List.of(LAMBDA_DEEP_DIVE.hash(), THREE_PHASE_SYSTEMS.hash()), deltas.stream().map(kv -> kv.key).toList());
        assertEquals(List.of(LAMBDA_DEEP_DIVE.hash(), THREE_PHASE_SYSTEMS.hash()),
                statusTopic.readKeyValuesToList().stream().map(kv -> kv.key).toList());
    }

    @Test
    void deltaCarriesTheEventIdAndTheIssuersOwnSequence() {
        //Given an Issued event at outbox sequence 41 that is aws-training's 17th event
        CredentialEvent issued = CredentialEvent.newBuilder(Events.issued(LAMBDA_DEEP_DIVE, 41))
                .setIssuerSequence(17).build();

        //When it is folded
        send(issued);

        //Then the delta is identified by the event id, so witnesses can de-duplicate on it
        StatusDelta delta = deltaTopic.readValue();
        assertEquals(issued.getEventId(), delta.getDeltaId());
        //And it carries the issuer's gap-free counter, not the global outbox sequence
        assertEquals(17L, delta.getIssuerSequence());
        assertEquals("aws-training", delta.getIssuerId());
        assertEquals(issued.getOccurredAt(), delta.getChangedAt());
        assertEquals(issued.getIssuedAt(), delta.getIssuedAt());
    }

    @Test
    void anExpiredEventGivesWitnessesAnExpiredDeltaAndTheViewSaysExpired() {
        //Given seed credential 5 (valid until January 4, 2028) was issued
        send(Events.issued(ENGLISH_TEST, 70));
        drainOutputs();

        //When the issuer records that it lapsed
        send(Events.expired(ENGLISH_TEST, 71));

        //Then store, view and delta say EXPIRED, with the last valid day
        assertEquals(CredentialState.EXPIRED, store.get(ENGLISH_TEST.hash()).getState());
        assertEquals(CredentialState.EXPIRED, statusTopic.readValue().getState());
        StatusDelta delta = deltaTopic.readValue();
        assertEquals(CredentialState.EXPIRED, delta.getState());
        assertEquals(ENGLISH_TEST.validUntil(), delta.getValidUntil());
        assertNothingMoreEmitted();
    }

    @Test
    void anExpiredCredentialCanStillBeRevoked() {
        //Given seed credential 5 was issued and has expired
        send(Events.issued(ENGLISH_TEST, 70));
        send(Events.expired(ENGLISH_TEST, 71));
        drainOutputs();

        //When the issuer withdraws it for fraud
        send(Events.revoked(ENGLISH_TEST, 72, RevocationReason.FRAUD));

        //Then it is REVOKED, for witnesses too
        assertEquals(CredentialState.REVOKED, store.get(ENGLISH_TEST.hash()).getState());
        assertEquals(CredentialState.REVOKED, deltaTopic.readValue().getState());
    }

    @Test
    void deltaCarriesTheIssuersJurisdictionsSoTheRightWitnessesReceiveIt() {
        //When the Duolingo English Test (answering to the US and the UK) issues seed credential 5
        send(Events.issued(ENGLISH_TEST, 70));

        //Then its delta names both jurisdictions
        assertEquals(List.of("US", "UK"), deltaTopic.readValue().getJurisdictions());
    }

    private void heartbeat(Instant asOf) {
        events.pipeInput(new TestRecord<>(RelayHeartbeat.KEY, null,
                RelayHeartbeat.record(Topics.CREDENTIAL_EVENTS.topic(), 0, asOf).headers(), asOf));
    }

    private void send(CredentialEvent event) {
        events.pipeInput(event.getHash(), event);
    }

    private void drainOutputs() {
        statusTopic.readRecordsToList();
        deltaTopic.readRecordsToList();
    }

    private void assertNothingMoreEmitted() {
        assertTrue(statusTopic.isEmpty(), "nothing more on credential-status");
        assertTrue(deltaTopic.isEmpty(), "nothing more on status-deltas");
    }
}
