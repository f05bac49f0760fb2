package dev.microcred.talent.it;

import static dev.microcred.talent.it.Fixtures.WITHIN;
import static dev.microcred.talent.it.Fixtures.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.DocumentType;
import dev.microcred.talent.issuers.IssuerTable;
import dev.microcred.infra.Eventually;
import dev.microcred.talent.support.Seed;
import dev.microcred.talent.support.StatusStream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Team assembly: only holders who opted in are found, only by credentials that verify now. */
@QuarkusTest
class TeamAssemblyTest {

    private static final Instant ISSUED = Instant.parse("2026-02-01T09:00:00Z");
    private static final String SEARCHER = "Bearer test-search-token";

    @Inject
    IssuerTable issuers;

    @BeforeEach
    void seedIssuers() {
        Fixtures.seedIssuers(issuers);
    }

    /** A holder with a Kubernetes credential (code K8S-ADM) and an Observability one (code OBS-201). */
    private static String holder(String name, boolean discoverable) {
        String token = Fixtures.newHolder(discoverable);
        for (List<String> credential : List.of(List.of("K8S-ADM", "Kubernetes Administration"),
                List.of("OBS-201", "Observability with OpenTelemetry"))) {
            String text = Seed.awsModule(name, credential.get(1), name.toLowerCase().replace(' ', '-') + "-"
                    + credential.get(0).toLowerCase());
            String hash = Fixtures.issuedAwsModule(text, credential.get(0), "Advanced", ISSUED);
            given().header("Authorization", bearer(token)).contentType(ContentType.JSON)
                    .body(Map.of("text", text, "keepText", true)).post("/api/v1/portfolios/mine/credentials")
                    .then().statusCode(201);
        }
        return token;
    }

    private static String discoveryId(String token) {
        return given().header("Authorization", bearer(token)).get("/api/v1/portfolios/mine").path("discoveryId");
    }

    private static List<String> found() {
        return given().header("Authorization", SEARCHER).contentType(ContentType.JSON)
                .body(Map.of("requirements", List.of(Map.of("credentialCode", "k8s-adm", "minimumLevel", "Advanced"),
                        Map.of("skill", "OpenTelemetry"))))
                .post("/api/v1/team-search").then().statusCode(200).extract().jsonPath()
                .getList("candidates.discoveryId");
    }

    @Test
    void onlyHoldersWhoOptedInAreFoundAndARevocationDropsThemAtOnce() {
        String opted = holder("Jun Park", true);
        String privateHolder = holder("Kofi Mensah", false);
        String optedId = discoveryId(opted);
        Eventually.within(WITHIN, "the opted-in holder found", () -> found().contains(optedId));
        assertEquals(null, discoveryId(privateHolder));

        // A searcher sees the facts, never the kept text (the holder's name) nor the verify line
        given().header("Authorization", SEARCHER).get("/api/v1/candidates/" + optedId).then().statusCode(200)
                .body("credentials.size()", equalTo(2))
                .body("credentials[0].credentialCode", equalTo("K8S-ADM"))
                .body("credentials[0].containsKey('text')", equalTo(false))
                .body("credentials[0].containsKey('verifyLine')", equalTo(false))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Jun Park")));

        String k8s = given().header("Authorization", bearer(opted)).get("/api/v1/portfolios/mine").jsonPath()
                .getString("credentials.find { it.credentialCode == 'K8S-ADM' }.hash");
        StatusStream.delta(k8s, CredentialState.REVOKED, "aws", "aws.training", DocumentType.SKILL_MODULE, "K8S-ADM",
                "Advanced", ISSUED, null);
        Eventually.within(WITHIN, "the revoked holder no longer found", () -> !found().contains(optedId));
    }

    @Test
    void optingOutEndsTheDiscoveryId() {
        String holder = holder("Lina Haddad", true);
        String id = discoveryId(holder);
        Eventually.within(WITHIN, "found", () -> found().contains(id));

        given().header("Authorization", bearer(holder)).contentType(ContentType.JSON)
                .body(Map.of("discoverable", false)).put("/api/v1/portfolios/mine/discoverable")
                .then().statusCode(200).body("discoverable", equalTo(false));

        assertFalse(found().contains(id));
        given().header("Authorization", SEARCHER).get("/api/v1/candidates/" + id).then().statusCode(404);
    }

    @Test
    void onlySearchersSearch() {
        given().contentType(ContentType.JSON).body(Map.of("requirements", List.of(Map.of("skill", "Kubernetes"))))
                .post("/api/v1/team-search").then().statusCode(401);
        given().header("Authorization", "Bearer test-operator-token").get("/api/v1/candidates/cand_x").then()
                .statusCode(401);
    }

    @Test
    void aHolderIsSuggestedTheNextStepOfAPathwayTheyStarted() {
        given().header("Authorization", "Bearer test-operator-token").contentType(ContentType.JSON)
                .body(Map.of("name", "Platform engineering", "steps", List.of(
                        Map.of("credentialCode", "K8S-ADM", "title", "Kubernetes Administration"),
                        Map.of("credentialCode", "K8S-SEC", "title", "Kubernetes Security"))))
                .put("/api/v1/pathways/platform-engineering").then().statusCode(200);
        String holder = holder("Mara Silva", false);

        Eventually.within(WITHIN, "a suggestion", () -> given().header("Authorization", bearer(holder))
                .get("/api/v1/portfolios/mine/recommendations").jsonPath()
                .getList("findAll { it.pathwayId == 'platform-engineering' }.next.credentialCode").contains("K8S-SEC"));
    }
}
