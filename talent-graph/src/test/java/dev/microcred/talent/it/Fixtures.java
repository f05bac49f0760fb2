package dev.microcred.talent.it;

import static io.restassured.RestAssured.given;

import dev.microcred.talent.issuers.IssuerTable;
import dev.microcred.infra.Eventually;
import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.DocumentType;
import dev.microcred.talent.support.IssuerDomains;
import dev.microcred.talent.support.StatusStream;
import dev.microcred.text.VerifiableText;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** What the module's end-to-end tests share: the seed issuers, a holder's calls. */
final class Fixtures {
    static final Duration WITHIN = Duration.ofSeconds(20);
    private static volatile boolean issuersKnown;

    private Fixtures() {
    }

    /** The seed's issuers, published once and awaited until the follower has stored them. */
    static void seedIssuers(IssuerTable issuers) {
        if (issuersKnown) {
            return;
        }
        StatusStream.issuer("aws", "aws.training", "/cred");
        StatusStream.issuer("ama", "ama-assn.org", "/cme/v");
        StatusStream.issuer("city-and-guilds", "cityandguilds.com", "/v");
        StatusStream.issuer("linkedin-skills", "linkedin.com", "/skills/v");
        Eventually.within(WITHIN, "the issuers topic followed", () -> issuers.issuerAt("aws.training", "/cred/x").isPresent()
                && issuers.issuerAt("ama-assn.org", "/cme/v/x").isPresent()
                && issuers.issuerAt("cityandguilds.com", "/v/x").isPresent()
                && issuers.issuerAt("linkedin.com", "/skills/v/x").isPresent());
        issuersKnown = true;
    }

    /** A new portfolio; its holder token. */
    static String newHolder(boolean discoverable) {
        return given().contentType(ContentType.JSON).body(Map.of("discoverable", discoverable))
                .post("/api/v1/portfolios").then().statusCode(201).extract().path("holderToken");
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** What a person pastes, or a kept text reads: the hashed lines as found, then the verify line. */
    static String plainText(String credential) {
        VerifiableText text = VerifiableText.parse(credential);
        return text.hashedText() + "\n" + text.verifyLine().text();
    }

    static String hashOf(String text) {
        return VerifiableText.parse(text).hash();
    }

    /**
     * An AWS skill module the issuer stands behind: aws.training answers OK for its hash, and its
     * VALID delta is on status-deltas. Returns the hash.
     */
    static String issuedAwsModule(String text, String code, String level, Instant issued) {
        String hash = hashOf(text);
        IssuerDomains.answer("aws.training", hash, "OK");
        StatusStream.delta(hash, CredentialState.VALID, "aws", "aws.training", DocumentType.SKILL_MODULE, code, level,
                issued, null);
        return hash;
    }
}
