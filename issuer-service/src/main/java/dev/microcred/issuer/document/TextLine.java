package dev.microcred.issuer.document;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A value that becomes one line of signed credential text: at most 200 characters and no line
 * break or other control character, which would let a caller add lines of their own to the text.
 * Null is allowed; combine with {@code @NotBlank} for required values.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Size(max = TextLine.MAX_LENGTH)
@Pattern(regexp = "[^\\p{Cc}\\u2028\\u2029]*", message = "must be a single line without control characters")
public @interface TextLine {

    int MAX_LENGTH = 200;

    String message() default "must be a single line of at most 200 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
