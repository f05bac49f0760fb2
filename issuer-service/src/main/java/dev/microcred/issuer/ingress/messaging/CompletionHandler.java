package dev.microcred.issuer.ingress.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microcred.issuer.account.IssuerId;
import dev.microcred.issuer.ingress.CompletionKey;
import dev.microcred.issuer.ingress.CompletionOutcome;
import dev.microcred.issuer.ingress.CompletionOutcome.Rejected;
import dev.microcred.issuer.ingress.service.AuthorizedPlatforms;
import dev.microcred.issuer.ingress.service.CompletionIssuer;
import dev.microcred.schemas.DocumentType;
import dev.microcred.schemas.NewerSchema;
import dev.microcred.schemas.RegistryOutage;
import dev.microcred.schemas.RegistryValues;
import dev.microcred.schemas.RejectedRecords;
import dev.microcred.schemas.Rejection;
import dev.microcred.schemas.TrainingCompletion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The logic of one poll: the records are read, the readable completions whose issuer authorized their
 * platform ({@link AuthorizedPlatforms}, looked up once a poll) are issued together through
 * {@link CompletionIssuer} (a re-sent one replays, issuing nothing), and each refused record is
 * copied to training.completions.rejected ({@link RejectedRecords}), acknowledged before the caller
 * commits. A transient failure propagates: nothing is committed and the poll is read again, which
 * the idempotency keys make harmless.
 */
final class CompletionHandler implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(CompletionHandler.class);
    private static final String UNREADABLE = "unreadable: not a TrainingCompletion in the registry's Avro format";

    private final RegistryValues values;
    private final CompletionIssuer issuer;
    private final AuthorizedPlatforms platforms;
    private final RejectedRecords rejected;
    private final ObjectMapper json;

    CompletionHandler(RegistryValues values, CompletionIssuer issuer, AuthorizedPlatforms platforms,
            RejectedRecords rejected, ObjectMapper json) {
        this.values = values;
        this.issuer = issuer;
        this.platforms = platforms;
        this.rejected = rejected;
        this.json = json;
    }

    void handle(Iterable<ConsumerRecord<byte[], byte[]>> records) throws Exception {
        List<ConsumerRecord<byte[], byte[]>> polled = new ArrayList<>();
        List<Read> reads = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            reads.add(read(record));
            polled.add(record);
        }
        Map<String, Set<String>> authorized = platforms.authorizedBy(reads.stream().filter(r -> r.rejected() == null)
                .map(r -> r.completion().issuerId()).collect(Collectors.toSet()));
        List<CompletionOutcome> outcomes = new ArrayList<>();
        List<CompletionIssuer.Completion> issuable = new ArrayList<>();
        List<Integer> issuableAt = new ArrayList<>();
        for (Read read : reads) {
            Read checked = read.authorizedIn(authorized);
            outcomes.add(checked.rejected());
            if (checked.rejected() == null) {
                issuable.add(checked.completion());
                issuableAt.add(outcomes.size() - 1);
            }
        }
        List<CompletionOutcome> issued = issuer.issueAll(issuable);
        for (int i = 0; i < issued.size(); i++) {
            outcomes.set(issuableAt.get(i), issued.get(i));
        }
        rejectAll(polled, outcomes);
    }

    private void rejectAll(List<ConsumerRecord<byte[], byte[]>> polled, List<CompletionOutcome> outcomes) throws Exception {
        List<Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < polled.size(); i++) {
            if (outcomes.get(i) instanceof Rejected) {
                ConsumerRecord<byte[], byte[]> record = polled.get(i);
                rejections.add(new Rejection(record.topic(), record.partition(), record.offset(), record.key(),
                        record.value(), ((Rejected) outcomes.get(i)).describe()));
            }
        }
        if (!rejections.isEmpty()) {
            rejected.publish(rejections);
            // Coordinates only: the reason is on the copy's header, the personal data stays off the log.
            rejections.forEach(r -> LOG.warnf("rejected completion %s-%d@%d to %s", r.topic(), r.partition(), r.offset(),
                    IngressTopics.REJECTED));
        }
    }

    /** The completion a record carries and the platform that sent it, ready to issue, or why it cannot be read as one. */
    private record Read(CompletionIssuer.Completion completion, String platformId, Rejected rejected) {
        static Read refused(String reason) {
            return new Read(null, null, Rejected.because(reason));
        }

        /**
         * Refused when its issuer exists and has not authorized its platform. An unknown issuer is left
         * to the issuing, which names it as such.
         */
        Read authorizedIn(Map<String, Set<String>> authorized) {
            Set<String> ofIssuer = rejected == null ? authorized.get(completion.issuerId()) : null;
            if (ofIssuer == null || ofIssuer.contains(platformId)) {
                return this;
            }
            return refused("platform-not-authorized: issuer " + completion.issuerId() + " has not authorized platform "
                    + platformId);
        }
    }

    private Read read(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            return Read.refused("unreadable: no value (a tombstone)");
        }
        TrainingCompletion completion;
        try {
            completion = values.read(record.topic(), record.headers(), record.value(), TrainingCompletion.class);
        } catch (RegistryValues.Unreadable e) {
            return Read.refused(UNREADABLE);
        } catch (RuntimeException e) {
            // A completion of a newer schema is rejected too, not waited on: one platform must not stall the
            // others, and it re-sends once issuer-service is upgraded. A registry outage reads the poll again.
            if (RegistryOutage.explains(e) || !NewerSchema.explains(e)) {
                throw e;
            }
            return Read.refused(UNREADABLE);
        }
        if (!CompletionKey.isPlatformId(completion.getPlatformId())) {
            return Read.refused("invalid-platform-id: platformId must be " + CompletionKey.PLATFORM_ID_RULE);
        }
        if (!IssuerId.isValid(completion.getIssuerId())) {
            // Before any query: a NUL would make PostgreSQL fail the whole poll, again at every retry.
            return Read.refused("invalid-issuer-id: issuerId must be " + IssuerId.RULE);
        }
        JsonNode body;
        try {
            body = json.readTree(completion.getRequest());
        } catch (JsonProcessingException e) {
            return Read.refused("malformed-body: request is not JSON");
        }
        Rejected mismatch = withDocumentType(body, completion.getDocumentType());
        if (mismatch != null) {
            return new Read(null, null, mismatch);
        }
        return new Read(new CompletionIssuer.Completion(completion.getIssuerId(),
                CompletionKey.fromPlatform(completion.getPlatformId(), completion.getCompletionId()), body),
                completion.getPlatformId(), null);
    }

    /** The envelope's documentType fills in a request without one, and must agree with one that has it. */
    private static Rejected withDocumentType(JsonNode body, DocumentType type) {
        if (!(body instanceof ObjectNode)) {
            return Rejected.because("malformed-body: request must be a JSON object");
        }
        if (type == DocumentType.UNKNOWN) {
            return Rejected.because("documentType UNKNOWN: written with a newer schema than this issuer knows");
        }
        JsonNode inRequest = body.get("documentType");
        if (inRequest == null) {
            ((ObjectNode) body).put("documentType", type.name());
        } else if (!type.name().equals(inRequest.asText())) {
            return Rejected.because("documentType of the event (" + type + ") and of its request differ");
        }
        return null;
    }

    @Override
    public void close() {
        values.close();
        rejected.close();
    }
}
