package dev.microcred.issuer.ingress.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.issuer.credential.api.IssueCredentialRequest;
import dev.microcred.issuer.credential.service.CredentialService;
import dev.microcred.issuer.credential.service.IssueCommand;
import dev.microcred.issuer.credential.service.IssueResult;
import dev.microcred.issuer.ingress.CompletionKey;
import dev.microcred.issuer.ingress.CompletionOutcome;
import dev.microcred.issuer.ingress.CompletionOutcome.FieldError;
import dev.microcred.issuer.ingress.CompletionOutcome.Rejected;
import dev.microcred.issuer.problem.ConflictException;
import dev.microcred.issuer.problem.IdempotencyKeyReusedException;
import dev.microcred.issuer.problem.UnknownIssuerException;
import dev.microcred.text.ContentHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Issues one completion (Kafka or bulk) exactly as POST /credentials issues one body: the same
 * request classes, the same Bean Validation, the same {@link CredentialService#issue} in its own
 * transaction, so one bad completion never rolls back another. Everything that is wrong with the
 * completion itself becomes {@link Rejected}; anything else (database away) is thrown, so the
 * caller retries instead of refusing a good completion.
 */
@ApplicationScoped
public class CompletionIssuer {
    private final CredentialService credentials;
    private final ObjectMapper json;
    private final Validator validator;

    CompletionIssuer(CredentialService credentials, ObjectMapper json, Validator validator) {
        this.credentials = credentials;
        this.json = json;
        this.validator = validator;
    }

    /** {@code body} is the JSON body of a single issue request. */
    public CompletionOutcome issue(String issuerId, CompletionKey key, JsonNode body) {
        if (!key.fits()) {
            return Rejected.because("completion id too long: the key may have " + CompletionKey.MAX_LENGTH + " characters");
        }
        if (body == null || !body.isObject()) {
            return Rejected.because("malformed-body: the credential request must be a JSON object");
        }
        IssueCredentialRequest request;
        try {
            request = json.treeToValue(body, IssueCredentialRequest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return malformed(e);
        }
        List<FieldError> violations = validator.validate(request).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
        if (!violations.isEmpty()) {
            return new Rejected("invalid-request: " + violations.size() + " field(s) are invalid", violations);
        }
        return issueValid(issuerId, key, request);
    }

    private CompletionOutcome issueValid(String issuerId, CompletionKey key, IssueCredentialRequest request) {
        try {
            IssueResult result = credentials.issue(issuerId, command(request, key));
            return result.replayed()
                    ? new CompletionOutcome.Duplicate(result.credential().id(), result.credential().hash())
                    : new CompletionOutcome.Created(result.credential().id(), result.credential().hash());
        } catch (UnknownIssuerException e) {
            return Rejected.because("unknown-issuer: " + e.getMessage());
        } catch (ConflictException e) {
            return Rejected.because("conflict: " + e.getMessage());
        } catch (IdempotencyKeyReusedException e) {
            return Rejected.because("completion-reused: this completion id was issued before with a different body");
        }
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
    private static Rejected malformed(Exception e) {
        if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
            String field = ((JsonMappingException) e).getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return new Rejected("malformed-body", List.of(new FieldError(field, "has a wrong type or value")));
        }
        return Rejected.because("malformed-body: " + (e.getMessage().contains("type id")
                ? "documentType is missing or not one of the seven document types" : "not a credential request"));
    }
}
