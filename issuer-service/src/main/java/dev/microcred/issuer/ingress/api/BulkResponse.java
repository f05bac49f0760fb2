package dev.microcred.issuer.ingress.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.microcred.issuer.ingress.CompletionOutcome;
import java.util.List;
import java.util.UUID;

/** The outcome of every item, in the order sent, and how many of each. */
public record BulkResponse(List<Result> results, int created, int duplicates, int rejected) {

    /** {@code result} is created, duplicate or rejected; a rejection has a reason and maybe field errors. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Result(int index, String completionId, String result, UUID id, String hash, String reason,
            List<CompletionOutcome.FieldError> errors) {

        static Result of(BulkItem item, CompletionOutcome outcome) {
            if (outcome instanceof CompletionOutcome.Created) {
                CompletionOutcome.Created c = (CompletionOutcome.Created) outcome;
                return new Result(item.index(), item.completionId(), "created", c.credentialId(), c.hash(), null, null);
            }
            if (outcome instanceof CompletionOutcome.Duplicate) {
                CompletionOutcome.Duplicate d = (CompletionOutcome.Duplicate) outcome;
                return new Result(item.index(), item.completionId(), "duplicate", d.credentialId(), d.hash(), null, null);
            }
            CompletionOutcome.Rejected r = (CompletionOutcome.Rejected) outcome;
            return new Result(item.index(), item.completionId(), "rejected", null, null, r.reason(), r.errors());
        }
    }

    static BulkResponse of(List<Result> results) {
        return new BulkResponse(results, count(results, "created"), count(results, "duplicate"),
                count(results, "rejected"));
    }

    private static int count(List<Result> results, String kind) {
        return (int) results.stream().filter(r -> r.result().equals(kind)).count();
    }
}
