package dev.microcred.witness.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads required fields of untrusted JSON, turning every missing or mistyped one into a refusal with its name. */
final class AnswerFields {

    private AnswerFields() {
    }

    static String text(JsonNode node, String field) throws NotVerifiedException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new NotVerifiedException("the field " + field + " is missing or not a string");
        }
        return value.asText();
    }

    static long number(JsonNode node, String field) throws NotVerifiedException {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new NotVerifiedException("the field " + field + " is missing or not an integer");
        }
        return value.asLong();
    }

    static JsonNode nonEmptyArray(JsonNode node, String field) throws NotVerifiedException {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw new NotVerifiedException("the field " + field + " is missing or empty");
        }
        return value;
    }

    static List<byte[]> base64List(JsonNode node, String field) throws NotVerifiedException {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new NotVerifiedException("the field " + field + " is missing or not an array");
        }
        List<byte[]> hashes = new ArrayList<>();
        for (JsonNode item : value) {
            try {
                hashes.add(Base64.getDecoder().decode(item.asText()));
            } catch (IllegalArgumentException e) {
                throw new NotVerifiedException("a hash in " + field + " is not base64");
            }
        }
        return hashes;
    }
}
