package dev.microcred.schemas;

import java.util.Optional;
import org.apache.avro.AvroTypeException;
import org.apache.avro.Schema;

/**
 * Refuses to read a writer's schema whose unions hold a branch the reader's lack. Avro resolves such
 * a branch to the first reader branch that it can read it as: a newer writer's suspension, an empty
 * record, is read as CredentialIssued (checked with Avro 1.12), so an old consumer would quietly
 * take a new kind of change for another. A union branch matches only one of the same full name
 * (or alias) or, for unnamed types, of the same type. Consumers check each writer schema once,
 * before building its reader, and the failure is an AvroTypeException, which {@link NewerSchema}
 * reads as "upgrade this consumer first".
 */
public final class UnionBranches {
    private static final int MAX_DEPTH = 32;

    private UnionBranches() {
    }

    /** @throws AvroTypeException naming the first writer branch the reader does not know */
    public static void requireKnown(Schema writer, Schema reader) {
        unknown(writer, reader, 0).ifPresent(branch -> {
            throw new AvroTypeException("the writer's " + writer.getFullName() + " has a union branch " + branch
                    + " that this reader's schema lacks: a newer schema, for a consumer upgraded first");
        });
    }

    private static Optional<String> unknown(Schema writer, Schema reader, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        switch (writer.getType()) {
            case RECORD:
                if (reader.getType() != Schema.Type.RECORD) {
                    return Optional.empty();
                }
                for (Schema.Field field : writer.getFields()) {
                    Schema.Field read = reader.getField(field.name());
                    Optional<String> found = read == null ? Optional.empty() : unknown(field.schema(), read.schema(), depth + 1);
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return Optional.empty();
            case UNION:
                for (Schema branch : writer.getTypes()) {
                    Optional<Schema> match = reader.getType() == Schema.Type.UNION
                            ? reader.getTypes().stream().filter(r -> same(branch, r)).findFirst()
                            : Optional.of(reader).filter(r -> same(branch, r));
                    if (match.isEmpty()) {
                        return Optional.of(branch.getFullName());
                    }
                    Optional<String> found = unknown(branch, match.get(), depth + 1);
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return Optional.empty();
            case ARRAY:
                return reader.getType() == Schema.Type.ARRAY
                        ? unknown(writer.getElementType(), reader.getElementType(), depth + 1) : Optional.empty();
            case MAP:
                return reader.getType() == Schema.Type.MAP
                        ? unknown(writer.getValueType(), reader.getValueType(), depth + 1) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    private static boolean same(Schema writer, Schema reader) {
        if (writer.getType() != reader.getType()) {
            return false;
        }
        boolean named = writer.getType() == Schema.Type.RECORD || writer.getType() == Schema.Type.ENUM
                || writer.getType() == Schema.Type.FIXED;
        return !named || writer.getFullName().equals(reader.getFullName()) || reader.getAliases().contains(writer.getFullName());
    }
}
