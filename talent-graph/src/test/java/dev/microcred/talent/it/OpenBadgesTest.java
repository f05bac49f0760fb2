package dev.microcred.talent.it;

import static dev.microcred.talent.it.Fixtures.WITHIN;
import static dev.microcred.talent.it.Fixtures.bearer;
import static dev.microcred.talent.it.Fixtures.hashOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.DocumentType;
import dev.microcred.talent.issuers.IssuerTable;
import dev.microcred.infra.Eventually;
import dev.microcred.talent.support.IssuerDomains;
import dev.microcred.talent.support.Seed;
import dev.microcred.talent.support.StatusStream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Open Badges 3.0 out of one portfolio and into another, its status tracking the issuer's events throughout. */
@QuarkusTest
class OpenBadgesTest {

    @Inject
    IssuerTable issuers;

    @BeforeEach
    void seedIssuers() {
        Fixtures.seedIssuers(issuers);
    }

    @Test
    void anExportedBadgeImportsIntoAnotherPortfolioAndFollowsTheSameRevocation() {
        String badgeText = Seed.html(6).replace("openbadges.org/v/w3c-a11y-at-2026", "aws.training/cred/at-a11y-2026");
        String hash = hashOf(badgeText);
        IssuerDomains.answer("aws.training", hash, "OK");
        Instant issued = Instant.parse("2026-01-08T10:00:00Z");
        StatusStream.delta(hash, CredentialState.VALID, "aws", "aws.training", DocumentType.OPEN_BADGE, "W3C-A11Y",
                "Specialist", issued, null);
        String first = Fixtures.newHolder(false);
        given().header("Authorization", bearer(first)).contentType(ContentType.JSON)
                .body(Map.of("text", badgeText, "keepText", true)).post("/api/v1/portfolios/mine/credentials")
                .then().statusCode(201);
        String badgeUrl = "/api/v1/portfolios/mine/credentials/" + hash + "/openbadge";
        Eventually.within(WITHIN, "the issuer's facts", () -> "Badge".equals(given().header("Authorization", bearer(first))
                .get(badgeUrl).path("credentialSubject.achievement.achievementType")));
        String badge = given().header("Authorization", bearer(first)).get(badgeUrl).then().statusCode(200)
                .body("credentialStatus.id", equalTo("https://aws.training/cred/at-a11y-2026/" + hash))
                .extract().asString();

        String second = Fixtures.newHolder(false);
        given().header("Authorization", bearer(second)).contentType(ContentType.JSON).body(badge)
                .post("/api/v1/portfolios/mine/openbadges").then().statusCode(201)
                .body("hash", equalTo(hash)).body("status", equalTo("VALID"));

        StatusStream.delta(hash, CredentialState.REVOKED, "aws", "aws.training", DocumentType.OPEN_BADGE, "W3C-A11Y",
                "Specialist", issued, null);
        Eventually.within(WITHIN, "REVOKED in the importer's portfolio", () -> "REVOKED".equals(given()
                .header("Authorization", bearer(second)).get("/api/v1/portfolios/mine").path("credentials[0].status")));
    }

    @Test
    void aBadgeOfAnotherIssuerOrWithATamperedStatusIsRefused() {
        String holder = Fixtures.newHolder(false);
        String foreign = """
                {"type":["VerifiableCredential","OpenBadgeCredential"],
                 "evidence":[{"type":["Evidence"],"narrative":"OPEN BADGE\\nBadge: Web Accessibility Specialist\\nverify:openbadges.org/v/w3c-a11y-at-2026"}]}""";
        given().header("Authorization", bearer(holder)).contentType(ContentType.JSON).body(foreign)
                .post("/api/v1/portfolios/mine/openbadges").then().statusCode(422)
                .body("type", equalTo("urn:microcred:problem:foreign-issuer"));

        String text = Seed.awsModule("Omar Farouk", "AWS Cloud Practitioner", "of-ccp-2026");
        IssuerDomains.answer("aws.training", hashOf(text), "OK");
        String tampered = """
                {"type":["VerifiableCredential","OpenBadgeCredential"],
                 "credentialStatus":{"id":"https://aws.training/cred/of-ccp-2026/%s","type":"LiveVerifyStatus"},
                 "evidence":[{"type":["Evidence"],"narrative":%s}]}""".formatted("ab".repeat(32),
                com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString());
        given().header("Authorization", bearer(holder)).contentType(ContentType.JSON).body(tampered)
                .post("/api/v1/portfolios/mine/openbadges").then().statusCode(400)
                .body("detail", equalTo("the credentialStatus names another hash than the text has"));
        given().header("Authorization", bearer(holder)).get("/api/v1/portfolios/mine").then()
                .body("credentials.size()", equalTo(0));
    }
}
