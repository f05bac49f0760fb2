package dev.microcred.schemas;

import org.apache.avro.AvroTypeException;

/**
 * Tells a record written with a schema newer than the reader's, which the reader cannot resolve (a
 * union branch or an enum symbol without a default that it does not know), from a record that is
 * bad. Such a record is valid, and skipping it could skip a revocation, so a consumer must stop on
 * it and read it again once it is upgraded: schema changes roll out consumers first
 * (docs/reliability.md). Avro reports a failed resolution as an AvroTypeException.
 */
public final class NewerSchema {

    private NewerSchema() {
    }

    public static boolean explains(Throwable failure) {
        return Causes.first(failure, t -> t instanceof AvroTypeException).isPresent();
    }
}
