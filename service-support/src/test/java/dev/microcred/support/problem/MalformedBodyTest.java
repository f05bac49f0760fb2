package dev.microcred.support.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A client learns which field of its body is wrong, never the value it sent: that may be personal data. */
class MalformedBodyTest {
    private final ObjectMapper json = new ObjectMapper();

    record Score(String skill, int score) {
    }

    record Result(String holder, List<Score> subscores) {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "documentType")
    @JsonSubTypes(@JsonSubTypes.Type(value = Badge.class, name = "OPEN_BADGE"))
    interface Document {
    }

    record Badge(String name) implements Document {
    }

    @Test
    void aWrongValueNamesItsFieldButNotTheValue() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> json.readValue(
                "{\"holder\":\"Jane Doe\",\"subscores\":[{\"skill\":\"listening\",\"score\":\"85%\"}]}", Result.class));

        assertEquals(Optional.of("subscores[0].score"), MalformedBody.field(e));
        assertEquals("a field has a wrong type or value", MalformedBody.detail(e));
        assertFalse(MalformedBody.detail(e).contains("85%"));
    }

    @Test
    void aBodyThatIsNoJsonSaysSo() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> json.readValue("Jane Doe", Result.class));

        assertEquals("the body is not valid JSON", MalformedBody.detail(e));
        assertEquals(Optional.empty(), MalformedBody.field(e));
    }

    @Test
    void anUnknownTypeNamesTheTypeProperty() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> json.readValue("{\"documentType\":\"DIPLOMA\",\"name\":\"x\"}", Document.class));

        assertEquals("documentType is missing or names no known type", MalformedBody.detail(e));
    }
}
