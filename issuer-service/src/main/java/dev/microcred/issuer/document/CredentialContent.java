package dev.microcred.issuer.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The structured claim of one credential, before it becomes verifiable text.
 *
 * <p>Each document type is one immutable record that knows how to print its own body. The header
 * and the issuer line are not part of the body: the {@link CredentialRenderer} adds them, so every
 * type starts the same way and an issuer cannot print another issuer's name.
 *
 * <p>The records keep their expiry in a nullable component {@code expiresOn}; {@link #validUntil()}
 * is its optional view (a record accessor cannot return an {@code Optional} of its own component).
 */
public sealed interface CredentialContent permits SkillModule, PracticalCompetency, PeerAttestation,
        ContinuingEducation, LanguageProficiency, OpenBadge, ProjectCompletion {

    DocumentType type();

    /**
     * The lines after the header and the issuer line, in the seed's layout, with {@code ""} where
     * a blank line separates paragraphs. Dates are written in the issuer's style.
     */
    List<String> body(DateStyle style);

    /** The code that identifies what was achieved (unit code, course code), or {@code null}; never a personal identifier such as a test id. */
    String credentialCode();

    /** The level, confidence or CEFR estimate the credential states, or {@code null}. */
    default String level() {
        return null;
    }

    Optional<LocalDate> validUntil();
}
