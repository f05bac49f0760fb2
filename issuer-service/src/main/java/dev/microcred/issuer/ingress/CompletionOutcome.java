package dev.microcred.issuer.ingress;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What became of one completion from a training platform: a credential issued now, one issued
 * for the same completion before (nothing new), or a refusal that names the reason and, for an
 * invalid body, the fields. Transient failures are no outcome: they are thrown, and retried.
 */
public sealed interface CompletionOutcome {

    record Created(UUID credentialId, String hash) implements CompletionOutcome {
    }

    record Duplicate(UUID credentialId, String hash) implements CompletionOutcome {
    }

    /** {@code reason} is written by this service and never quotes the body's personal data. */
    record Rejected(String reason, List<FieldError> errors) implements CompletionOutcome {
        public Rejected {
            errors = List.copyOf(errors);
        }

        public static Rejected because(String reason) {
            return new Rejected(reason, List.of());
        }

        /** One line for a Kafka header or a log: the reason, then each field error. */
        public String describe() {
            return errors.isEmpty() ? reason : reason + ": " + errors.stream()
                    .map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
        }
    }

    record FieldError(String field, String message) {
    }
}
