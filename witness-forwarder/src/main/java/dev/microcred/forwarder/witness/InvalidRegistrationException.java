package dev.microcred.forwarder.witness;

import java.util.List;

/** Answers 422 with one error per invalid field. */
public class InvalidRegistrationException extends RuntimeException {
    private final List<Violation> violations;

    public InvalidRegistrationException(List<Violation> violations) {
        super(violations.size() + " field(s) are invalid");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
