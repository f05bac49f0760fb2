package dev.microcred.issuer.ingress.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.issuer.account.UnknownIssuerException;
import dev.microcred.issuer.credential.IdempotencyKeyReusedException;
import dev.microcred.issuer.credential.api.IssueCredentialRequest;
import dev.microcred.issuer.credential.service.CredentialService;
import dev.microcred.issuer.credential.service.IssueCommand;
import dev.microcred.issuer.credential.service.IssueResult;
import dev.microcred.issuer.ingress.CompletionKey;
import dev.microcred.issuer.ingress.CompletionOutcome.FieldError;
import dev.microcred.issuer.ingress.CompletionOutcome.Rejected;
import dev.microcred.issuer.ingress.CompletionOutcome;
import dev.microcred.issuer.problem.ConflictException;
import dev.microcred.issuer.problem.UnstorableValue;
import dev.microcred.support.problem.MalformedBody;
import dev.microcred.text.ContentHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues completions (Kafka or bulk) exactly as POST /credentials issues one body: the same
 * request classes, the same Bean Validation, the same {@link CredentialService} rules. Each
 * completion is checked on its own; the valid ones of an issuer are then issued together, up to
 * {@code ingress.batch-size} per transaction ({@link CredentialService#issueAll}), which gives each
 * one the outcome it would have alone, so one bad completion never rolls back another. Everything
 * that is wrong with a completion itself becomes {@link Rejected}; anything else (database away) is
 * thrown, so the caller retries instead of refusing a good completion.
 */
@ApplicationScoped
public class CompletionIssuer {
    /** One completion to issue: for this issuer, under this key, from this JSON issue body. */
    public record Completion(String issuerId, CompletionKey key, JsonNode body) {
    }

    /** A completion after the checks: the command to issue, or why it is refused. */
    private record Checked(IssueCommand command, Rejected rejected) {
    }

    private final CredentialService credentials;
    private final ObjectMapper json;
    private final Validator validator;
    private final int batchSize;

    CompletionIssuer(CredentialService credentials, ObjectMapper json, Validator validator,
            @ConfigProperty(name = "ingress.batch-size") int batchSize) {
        this.credentials = credentials;
        this.json = json;
        this.validator = validator;
        this.batchSize = batchSize;
    }

    /** {@code body} is the JSON body of a single issue request. */
    public CompletionOutcome issue(String issuerId, CompletionKey key, JsonNode body) {
        return issueAll(List.of(new Completion(issuerId, key, body))).get(0);
    }

    /** The outcome of each completion, in order. */
    public List<CompletionOutcome> issueAll(List<Completion> completions) {
        CompletionOutcome[] outcomes = new CompletionOutcome[completions.size()];
        Map<String, List<Integer>> validByIssuer = new LinkedHashMap<>();
        List<IssueCommand> commands = new ArrayList<>(completions.size());
        for (int i = 0; i < completions.size(); i++) {
            Checked checked = check(completions.get(i));
            commands.add(checked.command());
            if (checked.rejected() != null) {
                outcomes[i] = checked.rejected();
            } else {
                validByIssuer.computeIfAbsent(completions.get(i).issuerId(), id -> new ArrayList<>()).add(i);
            }
        }
        validByIssuer.forEach((issuerId, indexes) -> {
            for (int from = 0; from < indexes.size(); from += batchSize) {
                List<Integer> batch = indexes.subList(from, Math.min(indexes.size(), from + batchSize));
                List<CompletionOutcome> issued = issueBatch(issuerId, batch.stream().map(commands::get).toList());
                for (int j = 0; j < batch.size(); j++) {
                    outcomes[batch.get(j)] = issued.get(j);
                }
            }
        });
        return List.of(outcomes);
    }

    /**
     * A value the database refuses fails the whole batch's transaction. The batch is then issued one by
     * one, so only the completion that carries it is refused: thrown as if temporary, it would be read
     * again and again and stop every completion behind it.
     */
    private List<CompletionOutcome> issueBatch(String issuerId, List<IssueCommand> batch) {
        try {
            return credentials.issueAll(issuerId, batch).stream().map(CompletionIssuer::outcomeOf).toList();
        } catch (RuntimeException e) {
            if (!UnstorableValue.causes(e)) {
                throw e;
            }
            if (batch.size() == 1) {
                return List.of(Rejected.because("unstorable: " + UnstorableValue.DESCRIPTION));
            }
            return batch.stream().flatMap(command -> issueBatch(issuerId, List.of(command)).stream()).toList();
        }
    }

    private Checked check(Completion completion) {
        if (!completion.key().storable()) {
            return rejected("completion id too long or with control characters: the key may have "
                    + CompletionKey.MAX_LENGTH + " printable characters");
        }
        JsonNode body = completion.body();
        if (body == null || !body.isObject()) {
            return rejected("malformed-body: the credential request must be a JSON object");
        }
        IssueCredentialRequest request;
        try {
            request = json.treeToValue(body, IssueCredentialRequest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new Checked(null, malformed(e));
        }
        List<FieldError> violations = validator.validate(request).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
        if (!violations.isEmpty()) {
            return new Checked(null, new Rejected("invalid-request: " + violations.size() + " field(s) are invalid", violations));
        }
        return new Checked(command(request, completion.key()), null);
    }

    private static Checked rejected(String reason) {
        return new Checked(null, Rejected.because(reason));
    }

    private static CompletionOutcome outcomeOf(CredentialService.Issued issued) {
        RuntimeException refusal = issued.refusal();
        if (refusal == null) {
            IssueResult result = issued.result();
            return result.replayed()
                    ? new CompletionOutcome.Duplicate(result.credential().id(), result.credential().hash())
                    : new CompletionOutcome.Created(result.credential().id(), result.credential().hash());
        }
        if (refusal instanceof UnknownIssuerException) {
            return Rejected.because("unknown-issuer: " + refusal.getMessage());
        }
        if (refusal instanceof ConflictException) {
            return Rejected.because("conflict: " + refusal.getMessage());
        }
        if (refusal instanceof IdempotencyKeyReusedException) {
            return Rejected.because("completion-reused: this completion id was issued before with a different body");
        }
        throw refusal;
    }
    /** The fingerprint is of the request alone: the same completion re-sent by Kafka or in bulk is the same. */
    private IssueCommand command(IssueCredentialRequest request, CompletionKey key) {
        String fields;
        try {
            fields = json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the request cannot be stored", e);
        }
        return new IssueCommand(request.toContent(), request.pathSegment(), request.validUntil(), fields,
                ContentHash.sha256Hex("completion\n" + fields), key.value());
    }

    /** Names the field, like the REST mapper, but not the value: it may be personal data. */
    private static Rejected malformed(Exception failure) {
        if (!(failure instanceof JsonProcessingException e)) {
            return Rejected.because("malformed-body: not a credential request");
        }
        return MalformedBody.field(e)
                .map(field -> new Rejected("malformed-body", List.of(new FieldError(field, "has a wrong type or value"))))
                .orElseGet(() -> Rejected.because("malformed-body: " + MalformedBody.detail(e)));
    }
}
