package dev.microcred.talent.it;

import static dev.microcred.talent.it.Fixtures.WITHIN;
import static dev.microcred.talent.it.Fixtures.bearer;
import static dev.microcred.talent.it.Fixtures.hashOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What third parties check through a share link: a pathway's stack, a job checklist, CE credits for a renewal. */
@QuarkusTest
class SharedAnalysesTest {

    private static final Instant ISSUED = Instant.parse("2026-01-03T09:00:00Z");
    private static final List<List<String>> AWS_STEPS = List.of(
            List.of("AWS-CCP", "AWS Cloud Practitioner"),
            List.of("AWS-SAA", "AWS Solutions Architect - Associate"),
            List.of("AWS-LAMBDA-DD", "AWS Lambda Deep Dive"),
            List.of("AWS-SCS", "AWS Security Specialty"));

    @Inject
    IssuerTable issuers;

    @BeforeEach
    void seedIssuers() {
        Fixtures.seedIssuers(issuers);
    }

    /** Adds one AWS credential per step for a new holder, issued and valid; answers the share link and hashes. */
    private static Shared holderOfTheAwsStack(String who) {
        String holder = Fixtures.newHolder(false);
        List<String> hashes = AWS_STEPS.stream().map(step -> {
            String text = Seed.awsModule(who, step.get(1), who + "-" + step.get(0).toLowerCase());
            String hash = Fixtures.issuedAwsModule(text, step.get(0), "Advanced", ISSUED);
            given().header("Authorization", bearer(holder)).contentType(ContentType.JSON)
                    .body(Map.of("text", text, "keepText", false)).post("/api/v1/portfolios/mine/credentials")
                    .then().statusCode(201);
            return hash;
        }).toList();
        String share = given().header("Authorization", bearer(holder)).post("/api/v1/portfolios/mine/shares")
                .then().statusCode(201).extract().path("id");
        Eventually.within(WITHIN, "the issuer's codes on every credential", () -> given().get("/api/v1/shared/" + share)
                .jsonPath().getList("credentials.credentialCode").stream().allMatch(c -> c != null));
        return new Shared(share, hashes);
    }

    private record Shared(String link, List<String> hashes) {
    }

    private static void publishAwsPathway() {
        given().header("Authorization", "Bearer test-operator-token").contentType(ContentType.JSON)
                .body(Map.of("name", "Cloud architecture progression", "steps", AWS_STEPS.stream()
                        .map(s -> Map.of("credentialCode", s.get(0), "title", s.get(1))).toList()))
                .put("/api/v1/pathways/aws-cloud-architecture").then().statusCode(200);
    }

    @Test
    void aStackIsCompleteUntilAMemberIsRevokedAndThenAtOnceIncomplete() {
        publishAwsPathway();
        Shared shared = holderOfTheAwsStack("Elena Novak");
        String stack = "/api/v1/shared/" + shared.link() + "/pathways/aws-cloud-architecture";
        given().get(stack).then().statusCode(200).body("complete", equalTo(true)).body("steps", hasSize(4));

        StatusStream.delta(shared.hashes().get(1), CredentialState.REVOKED, "aws", "aws.training",
                DocumentType.SKILL_MODULE, "AWS-SAA", "Advanced", ISSUED, null);

        Eventually.within(WITHIN, "the stack incomplete", () -> Boolean.FALSE.equals(given().get(stack).path("complete")));
        given().get(stack).then().body("steps[1].status", equalTo("REVOKED")).body("next.credentialCode", equalTo("AWS-SAA"));
    }

    @Test
    void onlyTheOperatorPublishesPathways() {
        given().header("Authorization", "Bearer not-the-operator").contentType(ContentType.JSON)
                .body(Map.of("name", "x", "steps", List.of(Map.of("credentialCode", "X"))))
                .put("/api/v1/pathways/forged").then().statusCode(401);
        given().get("/api/v1/pathways").then().statusCode(200);
    }

    @Test
    void aJobChecklistSaysWhichItemsAreMetAndByWhichCredential() {
        Shared shared = holderOfTheAwsStack("Farid Haddad");
        Map<String, Object> checklist = Map.of("requirements", List.of(
                Map.of("credentialCode", "AWS-LAMBDA-DD", "minimumLevel", "Intermediate", "maxAgeMonths", 24),
                Map.of("skill", "Security", "minimumLevel", "Advanced"),
                Map.of("credentialCode", "CKA")));

        given().contentType(ContentType.JSON).body(checklist).post("/api/v1/shared/" + shared.link() + "/checklist")
                .then().statusCode(200)
                .body("met", equalTo(2))
                .body("allMet", equalTo(false))
                .body("items[0].hash", equalTo(shared.hashes().get(2)))
                .body("items[1].hash", equalTo(shared.hashes().get(3)))
                .body("items[2].met", equalTo(false));
    }

    @Test
    void aChecklistItemNamingNeitherACodeNorASkillIsABadRequest() {
        Shared shared = holderOfTheAwsStack("Grace Lee");

        given().contentType(ContentType.JSON).body(Map.of("requirements", List.of(Map.of("minimumLevel", "3"))))
                .post("/api/v1/shared/" + shared.link() + "/checklist").then().statusCode(400)
                .body("detail", equalTo("a requirement names a credentialCode or a skill"));
    }

    @Test
    void continuingEducationCreditsCountOnlyWhatVerifiesNow() {
        String cme = Seed.html(4);
        String cmeHash = hashOf(cme);
        String second = cme.replace("Advanced Cardiac Imaging 2026", "Echocardiography Update").replace("2.5 CME", "20 CME")
                .replace("1234567890-2026-01", "1234567890-2025-11");
        String secondHash = hashOf(second);
        IssuerDomains.answer("ama-assn.org", cmeHash, "OK");
        IssuerDomains.answer("ama-assn.org", secondHash, "OK");
        StatusStream.delta(cmeHash, CredentialState.VALID, "ama", "ama-assn.org", DocumentType.CONTINUING_EDUCATION,
                "AMA-PRA-1", null, Instant.parse("2026-01-06T15:00:00Z"), null);
        StatusStream.delta(secondHash, CredentialState.VALID, "ama", "ama-assn.org", DocumentType.CONTINUING_EDUCATION,
                "AMA-PRA-1", null, Instant.parse("2025-11-20T15:00:00Z"), LocalDate.parse("2030-01-01"));
        String holder = Fixtures.newHolder(false);
        for (String text : List.of(cme, second)) {
            given().header("Authorization", bearer(holder)).contentType(ContentType.JSON)
                    .body(Map.of("text", text, "keepText", false)).post("/api/v1/portfolios/mine/credentials")
                    .then().statusCode(201);
        }
        String share = given().header("Authorization", bearer(holder)).post("/api/v1/portfolios/mine/shares")
                .then().extract().path("id");
        String credits = "/api/v1/shared/" + share + "/credits?from=2024-06-01&to=2026-05-31";
        Eventually.within(WITHIN, "22.5 CME", () -> "22.5".equals(String.valueOf((Object) given().get(credits)
                .path("totals[0].credits"))));

        StatusStream.delta(secondHash, CredentialState.REVOKED, "ama", "ama-assn.org", DocumentType.CONTINUING_EDUCATION,
                "AMA-PRA-1", null, Instant.parse("2025-11-20T15:00:00Z"), LocalDate.parse("2030-01-01"));

        Eventually.within(WITHIN, "2.5 CME once revoked", () -> "2.5".equals(String.valueOf((Object) given().get(credits)
                .path("totals[0].credits"))));
        given().get(credits).then().body("totals[0].category", equalTo("AMA PRA Category 1"))
                .body("totals[0].unit", equalTo("CME")).body("totals[0].hashes", equalTo(List.of(cmeHash)));
        given().get("/api/v1/shared/" + share + "/credits?from=2026-13-01").then().statusCode(400);
        given().get("/api/v1/shared/" + share + "/credits?to=%2B999999999-12-31").then().statusCode(400);
    }
}
