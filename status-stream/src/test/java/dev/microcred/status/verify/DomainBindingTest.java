package dev.microcred.status.verify;

import static dev.microcred.status.Events.ENGLISH_TEST;
import static dev.microcred.status.Events.LAMBDA_DEEP_DIVE;
import static dev.microcred.status.Events.LAMBDA_DEEP_DIVE_V2;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microcred.schemas.CredentialStatus;
import dev.microcred.schemas.RevocationReason;
import dev.microcred.status.Events;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The protocol's domain binding (section 6) and status answers (section 5) for one looked-up view.
 * Seed credential 1 was issued by aws-training, whose credentials verify under aws.training/cred.
 */
class DomainBindingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 1);
    private static final CredentialStatus LAMBDA_VALID = Events.viewAfter(Events.issued(LAMBDA_DEEP_DIVE, 41));

    @ParameterizedTest(name = "valid credential asked at {0}{1} answers OK")
    @CsvSource({
            "aws.training, /cred",
            "aws.training, /cred/jc-lambda-2026"})
    void validCredentialAnswersOkOnItsIssuersDomainAndBasePath(String host, String directory) {
        //Given seed credential 1 is valid
        //When it is asked for on aws.training at the base path or a per-credential segment below it
        VerifyAnswer answer = DomainBinding.answer(LAMBDA_VALID, host, directory, TODAY);

        //Then it answers OK
        assertEquals(new VerifyAnswer.Valid(), answer);
    }

    @ParameterizedTest(name = "valid credential asked on {2} answers Unknown")
    @CsvSource({
            "cityandguilds.com, /v/7891234-308, another issuer's domain",
            "cityandguilds.com, /cred/jc-lambda-2026, another domain with the same path",
            "aws.training, /v/jc-lambda-2026, another base path on the issuer's domain",
            "aws.training, /credit/jc-lambda-2026, a path that merely shares the prefix /cred",
            "aws.training, /credit, a base path that merely shares the prefix /cred",
            "aws.training, '', the domain root above the base path",
            "aws.training.evil.example, /cred/jc-lambda-2026, a domain that merely starts with aws.training"})
    void validCredentialAnswersUnknownAnywhereElse(String host, String directory, String where) {
        //Given seed credential 1 is valid
        //When the same hash is asked for elsewhere
        VerifyAnswer answer = DomainBinding.answer(LAMBDA_VALID, host, directory, TODAY);

        //Then it is a 404, indistinguishable from a forgery
        assertEquals(new VerifyAnswer.Unknown(), answer, where);
    }

    @Test
    void neverIssuedHashAnswersUnknown() {
        //Given the store holds nothing for the hash
        //When it is asked for on the right domain
        VerifyAnswer answer = DomainBinding.answer(null, "aws.training", "/cred/jc-lambda-2026", TODAY);

        //Then it answers 404
        assertEquals(new VerifyAnswer.Unknown(), answer);
    }

    @Test
    void deletedCredentialAnswersUnknown() {
        //Given seed credential 1 was issued and then erased
        CredentialStatus deleted = Events.viewAfter(Events.issued(LAMBDA_DEEP_DIVE, 41),
                Events.deleted(LAMBDA_DEEP_DIVE, 70));

        //When it is asked for on its own domain and base path
        VerifyAnswer answer = DomainBinding.answer(deleted, "aws.training", "/cred/jc-lambda-2026", TODAY);

        //Then it answers 404, as if it had never been issued
        assertEquals(new VerifyAnswer.Unknown(), answer);
    }

    @Test
    void credentialIsValidOnItsValidUntilDay() {
        //Given seed credential 5 is valid until January 4, 2028
        CredentialStatus englishTest = Events.viewAfter(Events.issued(ENGLISH_TEST, 12));

        //When it is asked for on that day
        VerifyAnswer answer = DomainBinding.answer(englishTest, "englishtest.duolingo.com", "/v/DET-2026-4478921",
                LocalDate.of(2028, 1, 4));

        //Then it is still valid
        assertEquals(new VerifyAnswer.Valid(), answer);
    }

    @Test
    void credentialAnswersExpiredTheDayAfterItsValidUntilDay() {
        //Given seed credential 5 is valid until January 4, 2028
        CredentialStatus englishTest = Events.viewAfter(Events.issued(ENGLISH_TEST, 12));

        //When it is asked for on January 5, 2028
        VerifyAnswer answer = DomainBinding.answer(englishTest, "englishtest.duolingo.com", "/v/DET-2026-4478921",
                LocalDate.of(2028, 1, 5));

        //Then it answers EXPIRED
        assertEquals(new VerifyAnswer.Changed("EXPIRED"), answer);
    }

    @Test
    void credentialWithoutValidUntilNeverExpires() {
        //Given seed credential 1 says "Expires: Never"
        //When it is asked for decades later
        VerifyAnswer answer = DomainBinding.answer(LAMBDA_VALID, "aws.training", "/cred/jc-lambda-2026",
                LocalDate.of(2076, 1, 3));

        //Then it is still valid
        assertEquals(new VerifyAnswer.Valid(), answer);
    }

    @Test
    void revokedCredentialAnswersRevoked() {
        //Given seed credential 1 was revoked for fraud
        CredentialStatus revoked = Events.viewAfter(Events.issued(LAMBDA_DEEP_DIVE, 41),
                Events.revoked(LAMBDA_DEEP_DIVE, 57, RevocationReason.FRAUD));

        //When it is asked for on its own domain
        VerifyAnswer answer = DomainBinding.answer(revoked, "aws.training", "/cred/jc-lambda-2026", TODAY);

        //Then it answers REVOKED, and nothing about why
        assertEquals(new VerifyAnswer.Changed("REVOKED"), answer);
    }

    @Test
    void supersededCredentialAnswersSuperseded() {
        //Given seed credential 1 was superseded by its v2
        CredentialStatus superseded = Events.viewAfter(Events.issued(LAMBDA_DEEP_DIVE, 41),
                Events.superseded(LAMBDA_DEEP_DIVE, 63, LAMBDA_DEEP_DIVE_V2));

        //When it is asked for on its own domain
        VerifyAnswer answer = DomainBinding.answer(superseded, "aws.training", "/cred/jc-lambda-2026", TODAY);

        //Then it answers SUPERSEDED, without naming the replacement
        assertEquals(new VerifyAnswer.Changed("SUPERSEDED"), answer);
    }

    @Test
    void revokedCredentialAskedThroughAnotherDomainAnswersUnknown() {
        //Given seed credential 1 was revoked
        CredentialStatus revoked = Events.viewAfter(Events.issued(LAMBDA_DEEP_DIVE, 41),
                Events.revoked(LAMBDA_DEEP_DIVE, 57, RevocationReason.FRAUD));

        //When it is asked for through City & Guilds' domain
        VerifyAnswer answer = DomainBinding.answer(revoked, "cityandguilds.com", "/v/jc-lambda-2026", TODAY);

        //Then another domain learns nothing, not even that the hash was revoked
        assertEquals(new VerifyAnswer.Unknown(), answer);
    }

    @ParameterizedTest(name = "''{0}'' under base ''{1}'': {2}")
    @CsvSource({
            "/cred, /cred, true",
            "/cred/jc-lambda-2026, /cred, true",
            "/cred/a/b, /cred, true",
            "/cred/, /cred, true",
            "/credit, /cred, false",
            "/cre, /cred, false",
            "'', /cred, false",
            "/v/7891234-308, /v, true",
            "/anything, '', true",
            "'', '', true",
            "/cred/x, /cred/, false",
            "/cred//x, /cred/, true"})
    void aDirectoryIsUnderABaseWhenItIsTheBaseOrBelowIt(String directory, String base, boolean under) {
        //Given a request directory and an issuer's base path
        //When the binding checks the path
        //Then it is under the base exactly when it equals the base or starts with the base and a slash
        assertEquals(under, DomainBinding.under(directory, base));
        assertEquals(under, base.isEmpty() || directory.equals(base) || directory.startsWith(base + "/"));
    }
}
