package dev.microcred.issuer.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two issuers' verify bases overlap when one request path could lie under both (protocol §6). */
class VerifyBaseTest {

    @Test
    void aPathLongerThanItsColumnIsRefused() {
        String segment = "/" + "a".repeat(64);
        assertEquals("/cred" + segment + segment, VerifyBase.parse("aws.training/cred" + segment + segment).path());
        assertThrows(IllegalArgumentException.class, () -> VerifyBase.parse("aws.training" + segment.repeat(4)));
    }

    @ParameterizedTest(name = "{0} and {1} overlap: {2}")
    @CsvSource({
        "aws.training/cred,        aws.training/cred,          true",
        "aws.training/cred,        aws.training/cred/partners, true",
        "aws.training/cred/b,      aws.training/cred,          true",
        "aws.training,             aws.training/cred,          true",
        "aws.training/cred,        aws.training,               true",
        "aws.training/cred,        aws.training/credentials,   false",
        "aws.training/cred,        aws.training/v,             false",
        "aws.training/cred,        partners.aws.training/cred, false",
        "cityandguilds.com/v,      ama-assn.org/v,             false",
    })
    void basesOverlapOnlyWhenOnePathLiesUnderTheOtherOnTheSameDomain(String one, String other, boolean overlap) {
        assertEquals(overlap, VerifyBase.parse(one).overlaps(VerifyBase.parse(other)));
        assertEquals(overlap, VerifyBase.parse(other).overlaps(VerifyBase.parse(one)));
    }
}
