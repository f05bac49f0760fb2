package dev.microcred.support.problem;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What to tell a client whose body Jackson could not read: which field, never the value. Jackson's own
 * messages quote what was sent ({@code Cannot deserialize ... from String "85%"}, {@code Unrecognized
 * token 'Jane'}), which may be personal data.
 */
public final class MalformedBody {
    private MalformedBody() {
    }

    public static String detail(JsonProcessingException e) {
        if (e instanceof InvalidTypeIdException typeId) {
            JsonTypeInfo info = typeId.getBaseType().getRawClass().getAnnotation(JsonTypeInfo.class);
            return (info == null || info.property().isEmpty() ? "the type property" : info.property())
                    + " is missing or names no known type";
        }
        return e instanceof JsonMappingException ? "a field has a wrong type or value" : "the body is not valid JSON";
    }

    /** The path of the field at fault, such as {@code subscores[0].score}, when Jackson knows it. */
    public static Optional<String> field(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "["));
    }
}
