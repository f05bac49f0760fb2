package dev.microcred.talent.stream;

import dev.microcred.schemas.IssuerProfile;
import dev.microcred.schemas.RegistryValues;
import dev.microcred.schemas.StatusDelta;
import dev.microcred.schemas.Topics;
import dev.microcred.talent.facts.CredentialFacts;
import dev.microcred.text.ContentHash;
import java.time.LocalDate;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Decodes one record of status-deltas or issuers. Values are consumed as bytes and decoded here, one by one, so a
 * record that can never be read is named and set aside instead of failing every poll.
 */
final class StreamRecords implements AutoCloseable {

    /** What a record says: new facts about a hash, or an issuer's profile. */
    sealed interface Decoded permits Facts, Issuer {
    }

    record Facts(CredentialFacts facts) implements Decoded {
    }

    record Issuer(IssuerProfile profile) implements Decoded {
    }

    private final RegistryValues values;

    StreamRecords(Map<String, Object> registry) {
        values = new RegistryValues(registry);
    }

    /**
     * @throws RegistryValues.Unreadable when the record can never be read; anything else (the registry away, a
     *     schema newer than this service reads) must fail the poll and be read again
     */
    Decoded decode(ConsumerRecord<byte[], byte[]> record) {
        if (record.topic().equals(Topics.ISSUERS.topic())) {
            return new Issuer(values.read(record.topic(), record.headers(), record.value(), IssuerProfile.class));
        }
        StatusDelta delta = values.read(record.topic(), record.headers(), record.value(), StatusDelta.class);
        try {
            if (!ContentHash.isSha256Hex(delta.getHash())) {
                // The facts table could never store it, and the follower would retry it for ever.
                throw new IllegalArgumentException("a delta's hash is 64 lower-case hex characters");
            }
            return new Facts(facts(delta));
        } catch (RuntimeException e) {
            throw new RegistryValues.Unreadable(e);
        }
    }

    private static CredentialFacts facts(StatusDelta d) {
        LocalDate validUntil = d.getValidUntil();
        return new CredentialFacts(d.getHash(), d.getIssuerId(), d.getIssuerDomain(), d.getState().name(),
                d.getDocumentType().name(), d.getCredentialCode(), d.getLevel(), d.getIssuedAt(), validUntil,
                d.getChangedAt(), d.getIssuerSequence());
    }

    @Override
    public void close() {
        values.close();
    }
}
