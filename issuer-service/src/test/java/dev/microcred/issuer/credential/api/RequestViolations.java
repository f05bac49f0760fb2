package dev.microcred.issuer.credential.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation outside Quarkus. The parameter interpolator needs no Expression Language
 * implementation, which plain unit tests do not have.
 */
final class RequestViolations {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private RequestViolations() {
    }

    /** The property paths of all violations, such as {@code holder} or {@code subscores[0].score}. */
    static Set<String> of(IssueCredentialRequest request) {
        return VALIDATOR.validate(request).stream()
                .map(violation -> violation.getPropertyPath().toString()).collect(Collectors.toSet());
    }

    static Set<String> messages(IssueCredentialRequest request) {
        return VALIDATOR.validate(request).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }
}
