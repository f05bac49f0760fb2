package dev.microcred.talent.it;

import static dev.microcred.talent.it.Fixtures.WITHIN;
import static dev.microcred.talent.it.Fixtures.bearer;
import static dev.microcred.talent.it.Fixtures.hashOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * A holder pastes credentials; each is checked as a live-verify client checks it, and the portfolio follows the
 * status stream from then on.
 */
@QuarkusTest
class HolderPortfolioTest {

    private static final String LAMBDA = Seed.html(1);
    private static final String LAMBDA_HASH = "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded";

    @Inject
    IssuerTable issuers;

    @BeforeEach
    void seedIssuers() {
        Fixtures.seedIssuers(issuers);
    }

    private static io.restassured.response.Response add(String token, String text, boolean keepText) {
        return given().header("Authorization", bearer(token)).contentType(ContentType.JSON)
                .body(Map.of("text", text, "keepText", keepText)).post("/api/v1/portfolios/mine/credentials");
    }

    @Test
    void aCredentialTheIssuerVerifiesEntersWithItsClaimsAndNoTextWithoutConsent() {
        IssuerDomains.answer("aws.training", LAMBDA_HASH, "OK");
        String holder = Fixtures.newHolder(false);

        add(holder, LAMBDA, false).then().statusCode(201)
                .body("hash", equalTo(LAMBDA_HASH))
                .body("status", equalTo("VALID"))
                .body("title", equalTo("AWS Lambda Deep Dive"))
                .body("issuerDomain", equalTo("aws.training"))
                .body("text", nullValue());
    }

    @Test
    void aRevocationReachesThePortfolioFromTheStatusStreamWithoutAnyPolling() {
        String text = Seed.awsModule("Ana Ruiz", "AWS Lambda Deep Dive", "ar-lambda-2026");
        Instant issued = Instant.parse("2026-01-03T09:00:00Z");
        String hash = Fixtures.issuedAwsModule(text, "AWS-LAMBDA-DD", "Advanced", issued);
        String holder = Fixtures.newHolder(false);
        add(holder, text, true).then().statusCode(201).body("text", equalTo(
                "SKILL CREDENTIAL\nAWS Training and Certification\n\nHolder: Ana Ruiz\n\nCredential: AWS Lambda Deep Dive"
                        + "\nType: Specialty Module\nLevel: Advanced\n\nCompleted: January 3, 2026\nScore: 91%\n\n"
                        + "Serial: ar-lambda-2026\nverify:aws.training/cred/ar-lambda-2026"));
        Eventually.within(WITHIN, "the issuer's facts in the portfolio", () -> "AWS-LAMBDA-DD".equals(
                mine(holder).path("credentials[0].credentialCode")));

        StatusStream.delta(hash, CredentialState.REVOKED, "aws", "aws.training", DocumentType.SKILL_MODULE,
                "AWS-LAMBDA-DD", "Advanced", issued, null);

        Eventually.within(WITHIN, "REVOKED in the portfolio", () -> "REVOKED".equals(
                mine(holder).path("credentials[0].status")));
        mine(holder).then().body("credentials[0].weight", equalTo(0.0f));
    }

    @Test
    void aSupersessionAnExpiryAndADeletionEachReachThePortfolio() {
        Instant issued = Instant.parse("2026-01-03T09:00:00Z");
        String holder = Fixtures.newHolder(false);
        java.util.List<String> hashes = new java.util.ArrayList<>();
        for (String serial : java.util.List.of("pq-sup-2026", "pq-exp-2026", "pq-del-2026")) {
            String text = Seed.awsModule("Priya Quinn", "AWS Lambda Deep Dive", serial);
            String hash = Fixtures.issuedAwsModule(text, "AWS-LAMBDA-DD", "Advanced", issued);
            add(holder, text, false).then().statusCode(201);
            hashes.add(hash);
        }

        StatusStream.delta(hashes.get(0), CredentialState.SUPERSEDED, "aws", "aws.training", DocumentType.SKILL_MODULE,
                "AWS-LAMBDA-DD", "Advanced", issued, null);
        StatusStream.delta(hashes.get(1), CredentialState.EXPIRED, "aws", "aws.training", DocumentType.SKILL_MODULE,
                "AWS-LAMBDA-DD", "Advanced", issued, null);
        StatusStream.delta(hashes.get(2), CredentialState.DELETED, "aws", "aws.training", DocumentType.SKILL_MODULE,
                "AWS-LAMBDA-DD", "Advanced", issued, null);

        Eventually.within(WITHIN, "each change in the portfolio", () -> java.util.List.of("SUPERSEDED", "EXPIRED", "DELETED")
                .equals(mine(holder).jsonPath().getList("credentials.status")));
    }

    @Test
    void aCredentialFromADomainNoIssuerOfOursVerifiesAtIsRefused() {
        String foreign = Seed.html(5); // englishtest.duolingo.com is not an issuer of this platform
        String holder = Fixtures.newHolder(false);

        add(holder, foreign, true).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:microcred:problem:foreign-issuer"));
        mine(holder).then().body("credentials", hasSize(0));
    }

    @Test
    void aTextTheIssuerDoesNotKnowIsRefusedAsAForgeryWouldBe() {
        String altered = Seed.html(2).replace("Level: 3", "Level: 4"); // the issuer never issued this text
        String holder = Fixtures.newHolder(false);

        add(holder, altered, false).then().statusCode(422)
                .body("type", equalTo("urn:microcred:problem:not-verified"))
                .body("detail", equalTo("cityandguilds.com does not know this text: never issued, deleted, or altered"));
        mine(holder).then().body("credentials", hasSize(0));
    }

    @Test
    void aVerifyLineWhosePathCouldLeaveTheIssuersBaseIsRefusedBeforeAnyRequest() {
        String holder = Fixtures.newHolder(false);

        for (String line : java.util.List.of("verify:aws.training/cred/../../internal/x#",
                "verify:aws.training/cred/a?b=c", "verify:aws.training/cred/%2e%2e/x")) {
            add(holder, "SKILL CREDENTIAL\nAWS Lambda Deep Dive\n" + line, false).then().statusCode(422)
                    .body("type", equalTo("urn:microcred:problem:unreadable-text"));
        }
    }

    @Test
    void addingAHeldCredentialAgainChangesOnlyTheConsentToKeepItsText() {
        String text = Seed.awsModule("Quinn Baker", "AWS Cloud Practitioner", "qb-ccp-2026");
        IssuerDomains.answer("aws.training", hashOf(text), "OK");
        String holder = Fixtures.newHolder(false);
        add(holder, text, false).then().statusCode(201).body("text", nullValue());

        add(holder, text, true).then().statusCode(200).body("text", equalTo(Fixtures.plainText(text)));
        mine(holder).then().body("credentials", hasSize(1));
    }

    @Test
    void textWithoutAVerifyLineIsRefused() {
        String holder = Fixtures.newHolder(false);

        add(holder, "SKILL CREDENTIAL\nAWS Lambda Deep Dive", false).then().statusCode(422)
                .body("type", equalTo("urn:microcred:problem:unreadable-text"));
    }

    @Test
    void withoutItsTokenNobodyOpensAPortfolio() {
        given().get("/api/v1/portfolios/mine").then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Bearer hld_not-a-token").get("/api/v1/portfolios/mine").then().statusCode(401)
                .body("type", equalTo("urn:microcred:problem:not-authenticated"));
    }

    @Test
    void aShareLinkShowsThePortfolioUntilTheHolderWithdrawsIt() {
        String text = Seed.awsModule("Ben Okafor", "AWS Cloud Practitioner", "bo-ccp-2026");
        IssuerDomains.answer("aws.training", hashOf(text), "OK");
        String holder = Fixtures.newHolder(false);
        add(holder, text, false).then().statusCode(201);
        String share = given().header("Authorization", bearer(holder)).post("/api/v1/portfolios/mine/shares")
                .then().statusCode(201).extract().path("id");

        given().get("/api/v1/shared/" + share).then().statusCode(200)
                .body("credentials[0].title", equalTo("AWS Cloud Practitioner"));

        given().header("Authorization", bearer(holder)).delete("/api/v1/portfolios/mine/shares/" + share)
                .then().statusCode(204);
        given().get("/api/v1/shared/" + share).then().statusCode(404)
                .body("type", equalTo("urn:microcred:problem:not-found"));
    }

    @Test
    void erasingThePortfolioErasesItsCredentialsAndLinks() {
        String text = Seed.awsModule("Chloe Martin", "AWS Security Specialty", "cm-scs-2026");
        IssuerDomains.answer("aws.training", hashOf(text), "OK");
        String holder = Fixtures.newHolder(true);
        add(holder, text, true).then().statusCode(201);
        String share = given().header("Authorization", bearer(holder)).post("/api/v1/portfolios/mine/shares")
                .then().statusCode(201).extract().path("id");

        given().header("Authorization", bearer(holder)).delete("/api/v1/portfolios/mine").then().statusCode(204);

        given().header("Authorization", bearer(holder)).get("/api/v1/portfolios/mine").then().statusCode(401);
        given().get("/api/v1/shared/" + share).then().statusCode(404);
    }

    @Test
    void aRevokedCredentialEntersWithItsStatus() {
        String text = Seed.awsModule("Dev Patel", "AWS Lambda Deep Dive", "dp-lambda-2025");
        IssuerDomains.answer("aws.training", hashOf(text), "REVOKED");
        String holder = Fixtures.newHolder(false);

        assertEquals("REVOKED", add(holder, text, false).then().statusCode(201).extract().path("status"));
    }


    private static io.restassured.response.Response mine(String holder) {
        return given().header("Authorization", bearer(holder)).get("/api/v1/portfolios/mine");
    }
}
