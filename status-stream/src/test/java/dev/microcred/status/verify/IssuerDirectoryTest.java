package dev.microcred.status.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.schemas.IssuerProfile;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which issuer answers verification-meta.json for a host and directory. */
class IssuerDirectoryTest {
    private static final IssuerProfile AWS = issuer("aws-training", "aws.training", "/cred");
    private static final IssuerProfile AWS_LABS = issuer("aws-labs", "aws.training", "/cred/labs");
    private static final IssuerProfile GUILDS = issuer("city-and-guilds", "cityandguilds.com", "/v");

    private final IssuerDirectory directory = IssuerDirectory.of(List.of(AWS, AWS_LABS, GUILDS));

    @Test
    void theIssuerOfTheHostWhoseBaseHoldsTheDirectoryAnswers() {
        assertEquals("aws-training", directory.at("aws.training", "/cred").orElseThrow().getIssuerId());
        assertEquals("city-and-guilds", directory.at("cityandguilds.com", "/v").orElseThrow().getIssuerId());
    }

    @Test
    void theLongestBaseWins() {
        assertEquals("aws-labs", directory.at("aws.training", "/cred/labs").orElseThrow().getIssuerId());
    }

    @Test
    void anotherHostOrADirectoryOutsideEveryBaseHasNoIssuer() {
        assertTrue(directory.at("evil.example", "/cred").isEmpty());
        assertTrue(directory.at("aws.training", "/other").isEmpty());
        assertTrue(directory.at("cityandguilds.com", "/cred").isEmpty());
    }

    private static IssuerProfile issuer(String id, String domain, String basePath) {
        return IssuerProfile.newBuilder().setIssuerId(id).setDisplayName(id).setDomain(domain).setBasePath(basePath)
                .setJurisdictions(List.of("UK")).setUpdatedAt(Instant.parse("2026-01-01T00:00:00Z")).build();
    }
}
