package dev.microcred.issuer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerifyAddressTest {

    @Test
    void segmentIsAppendedToTheIssuersVerifyBase() {
        assertEquals("verify:aws.training/cred/jc-lambda-2026",
                VerifyAddress.verifyLineFor("aws.training/cred", "jc-lambda-2026").text());
    }

    @Test
    void withoutASegmentTheBaseAloneIsTheAddress() {
        assertEquals("verify:aws.training/cred", VerifyAddress.verifyLineFor("aws.training/cred/", null).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "a/b", "a b", "", "x?y=1", "much-too-long-much-too-long-much-too-long-much-too-long-much-too-long"})
    void segmentThatWouldChangeTheUrlIsRejected(String segment) {
        assertThrows(IllegalArgumentException.class, () -> VerifyAddress.verifyLineFor("aws.training/cred", segment));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://aws.training/cred", "aws.training/cred?x=1", " "})
    void baseWithSchemeOrQueryIsRejected(String base) {
        assertThrows(IllegalArgumentException.class, () -> VerifyAddress.verifyLineFor(base, "x"));
    }
}
