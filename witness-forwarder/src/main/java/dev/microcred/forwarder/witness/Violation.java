package dev.microcred.forwarder.witness;

/** One invalid field of a request, named as in the JSON body. */
public record Violation(String field, String message) {
}
