package dev.microcred.bench;

import dev.microcred.schemas.CredentialEvent;
import dev.microcred.schemas.CredentialIssued;
import dev.microcred.schemas.CredentialRevoked;
import dev.microcred.schemas.CredentialSuperseded;
import dev.microcred.schemas.DocumentType;
import dev.microcred.schemas.RevocationReason;
import dev.microcred.schemas.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Fills the status view fast by producing what the issuer's outbox would have published: an Issued
 * event per random hash and, for a share of them, a Revoked or Superseded event (a higher sequence, same
 * key, so after it in its partition). Going around issuer-service is deliberate: the verify
 * benchmark measures lookups, and issuing a million credentials through the API would take hours
 * here. The events carry no jurisdictions, so no witness work follows.
 *
 * <p>Statuses: 80% VALID, 8% REVOKED, 6% SUPERSEDED, 6% EXPIRED (valid until yesterday, so verify
 * derives EXPIRED without an event, exactly as in production).
 */
final class StoredCredentials {
    enum Status { OK, REVOKED, SUPERSEDED, EXPIRED }

    private final String issuerId;
    private final String domain;
    private final String basePath;
    private final String[] hashes;
    private final Status[] statuses;
    private long issuerSequence;

    StoredCredentials(String issuerId, String domain, String basePath, int count, long seed) {
        this.issuerId = issuerId;
        this.domain = domain;
        this.basePath = basePath;
        this.hashes = new String[count];
        this.statuses = new Status[count];
        Random random = new Random(seed);
        byte[] bytes = new byte[32];
        for (int i = 0; i < count; i++) {
            random.nextBytes(bytes);
            hashes[i] = HexFormat.of().formatHex(bytes);
            int bucket = random.nextInt(100);
            statuses[i] = bucket < 80 ? Status.OK : bucket < 88 ? Status.REVOKED : bucket < 94 ? Status.SUPERSEDED : Status.EXPIRED;
        }
    }

    int size() { return hashes.length; }
    String hash(int i) { return hashes[i]; }
    Status status(int i) { return statuses[i]; }

    /** Produces every event; answers how many records were sent. */
    long produce(KafkaProducer<String, Object> producer) {
        long sent = 0;
        LocalDate yesterday = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1);
        for (int i = 0; i < hashes.length; i++) {
            LocalDate validUntil = statuses[i] == Status.EXPIRED ? yesterday : null;
            send(producer, event(hashes[i], i + 1L, validUntil, new CredentialIssued(null)));
            sent++;
        }
        for (int i = 0; i < hashes.length; i++) {
            Object change = switch (statuses[i]) {
                case REVOKED -> new CredentialRevoked(RevocationReason.ISSUER_POLICY);
                case SUPERSEDED -> new CredentialSuperseded(hashes[(i + 1) % hashes.length]);
                default -> null;
            };
            if (change != null) {
                send(producer, event(hashes[i], hashes.length + i + 1L, null, change));
                sent++;
            }
        }
        producer.flush();
        return sent;
    }

    private void send(KafkaProducer<String, Object> producer, CredentialEvent event) {
        producer.send(new ProducerRecord<>(Topics.CREDENTIAL_EVENTS.topic(), event.getHash(), event), (metadata, e) -> {
            if (e != null) {
                throw new IllegalStateException("could not produce a credential event", e);
            }
        });
    }

    /** {@code sequence}: unique, and the follow-up of a hash above its Issued event, as the outbox's is. */
    private CredentialEvent event(String hash, long sequence, LocalDate validUntil, Object change) {
        Instant now = Instant.now();
        return CredentialEvent.newBuilder().setEventId(UUID.randomUUID().toString())
                .setSequence(sequence).setIssuerSequence(++issuerSequence).setOccurredAt(now).setHash(hash).setIssuerId(issuerId)
                .setIssuerDomain(domain).setVerifyBasePath(basePath).setDocumentType(DocumentType.SKILL_MODULE)
                .setCredentialCode("BENCH-1").setLevel("Advanced").setIssuedAt(now).setValidUntil(validUntil)
                .setJurisdictions(List.of()).setChange(change).build();
    }
}
