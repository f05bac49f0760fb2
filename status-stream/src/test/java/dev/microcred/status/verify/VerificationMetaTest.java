package dev.microcred.status.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.schemas.IssuerProfile;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The verification-meta.json served at aws-training's verify base (protocol section 5): who the
 * issuer is and how clients should show every status we can answer.
 */
class VerificationMetaTest {
    private static final IssuerProfile AWS_TRAINING = IssuerProfile.newBuilder()
            .setIssuerId("aws-training").setDisplayName("AWS Training and Certification")
            .setDomain("aws.training").setBasePath("/cred").setJurisdictions(List.of("US"))
            .setUpdatedAt(Instant.parse("2026-01-01T00:00:00Z")).build();

    @Test
    void metadataNamesTheIssuerAndTheClaimType() {
        //Given aws-training's profile
        //When its metadata is built
        Map<String, Object> meta = VerificationMeta.of(AWS_TRAINING);

        //Then it names the issuer as people know it and says what is claimed
        assertEquals("AWS Training and Certification", meta.get("issuer"));
        assertEquals("micro-credential", meta.get("claimType"));
    }

    @Test
    void everyStatusWeCanAnswerHasAResponseTypeWithItsClass() {
        //Given aws-training's profile
        //When its metadata is built
        Map<String, Map<String, String>> types = responseTypes(VerificationMeta.of(AWS_TRAINING));

        //Then OK affirms, EXPIRED and SUPERSEDED warn, and REVOKED denies
        assertEquals(List.of("OK", "EXPIRED", "SUPERSEDED", "REVOKED"), List.copyOf(types.keySet()));
        assertEquals("affirming", types.get("OK").get("class"));
        assertEquals("warning", types.get("EXPIRED").get("class"));
        assertEquals("warning", types.get("SUPERSEDED").get("class"));
        assertEquals("denying", types.get("REVOKED").get("class"));
        types.values().forEach(type -> assertFalse(type.get("text").isBlank()));
    }

    @Test
    void expiredTextSaysTheCredentialMayStillShowHistoricalCompetency() {
        //Given aws-training's profile
        //When its metadata is built
        Map<String, Map<String, String>> types = responseTypes(VerificationMeta.of(AWS_TRAINING));

        //Then EXPIRED tells the verifier the skill was real once
        assertTrue(types.get("EXPIRED").get("text").contains("may still show historical competency"));
    }

    @Test
    void okTextNamesTheDomainThatAnswered() {
        //Given aws-training's profile
        //When its metadata is built
        Map<String, Map<String, String>> types = responseTypes(VerificationMeta.of(AWS_TRAINING));

        //Then OK says which domain verified the credential
        assertTrue(types.get("OK").get("text").contains("aws.training"));
    }

    @Test
    void noNormalizationRulesArePublished() {
        //Given rules once published for a path may never change, or old credentials stop verifying
        //When aws-training's metadata is built
        Map<String, Object> meta = VerificationMeta.of(AWS_TRAINING);

        //Then it publishes none
        assertFalse(meta.containsKey("charNormalization"));
        assertFalse(meta.containsKey("ocrNormalizationRules"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> responseTypes(Map<String, Object> meta) {
        return (Map<String, Map<String, String>>) meta.get("responseTypes");
    }
}
