package dev.microcred.talent.it;

import static dev.microcred.talent.it.Fixtures.WITHIN;
import static dev.microcred.talent.it.Fixtures.bearer;
import static dev.microcred.talent.it.Fixtures.hashOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.DocumentType;
import dev.microcred.talent.facts.persistence.FactsTable;
import dev.microcred.talent.issuers.IssuerTable;
import dev.microcred.infra.Eventually;
import dev.microcred.talent.support.IssuerDomains;
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

/** The seed's peer attestation with its attestors' own credentials, checked through the status stream. */
@QuarkusTest
class AttestationChainTest {

    private static final Instant ISSUED = Instant.parse("2025-06-01T09:00:00Z");

    @Inject
    IssuerTable issuers;

    @Inject
    FactsTable facts;

    @BeforeEach
    void seedIssuers() {
        Fixtures.seedIssuers(issuers);
    }

    private String attestorCredential(String name) {
        String hash = hashOf(Seed.awsModule(name, "AWS Machine Learning Specialty", name.toLowerCase().replace(' ', '-')));
        StatusStream.delta(hash, CredentialState.VALID, "aws", "aws.training", DocumentType.SKILL_MODULE, "AWS-MLS",
                "Specialty", ISSUED, null);
        Eventually.within(WITHIN, "the attestor's credential in the facts", () -> facts.of(List.of(hash)).containsKey(hash));
        return hash;
    }

    /** The attestation's own delta, as linkedin.com's status stream would carry it. */
    private String heldAttestation(String text) {
        String hash = hashOf(text);
        IssuerDomains.answer("linkedin.com", hash, "OK");
        StatusStream.delta(hash, CredentialState.VALID, "linkedin-skills", "linkedin.com", DocumentType.PEER_ATTESTATION,
                "SKILL-ATTEST", null, ISSUED, null);
        Eventually.within(WITHIN, "the attestation in the facts", () -> facts.of(List.of(hash)).containsKey(hash));
        return hash;
    }

    @Test
    void confidenceComesFromTheAttestorsCredentialsNotFromTheText() {
        String liu = attestorCredential("James Liu");
        String santos = attestorCredential("Maria Santos");
        String hassan = attestorCredential("Ahmed Hassan");
        String attestation = Seed.html(3);
        String hash = heldAttestation(attestation);
        String holder = Fixtures.newHolder(false);
        given().header("Authorization", bearer(holder)).contentType(ContentType.JSON)
                .body(Map.of("text", attestation, "keepText", true)).post("/api/v1/portfolios/mine/credentials")
                .then().statusCode(201);
        String attestors = "/api/v1/portfolios/mine/credentials/" + hash + "/attestors";
        List<Map<String, String>> chain = List.of(
                Map.of("credential", "https://aws.training/cred/james-liu/" + liu, "relationship",
                        "ML Lead, TechCorp; led her team 2023-2025", "claim", "deployed 3 production ML models together"),
                Map.of("credential", santos, "relationship", "Senior Engineer, DataCo", "claim", "built the model registry with her"),
                Map.of("credential", hassan, "relationship", "CTO, AI Startup", "claim", "ran the rollout she designed"));

        given().header("Authorization", bearer(holder)).contentType(ContentType.JSON).body(Map.of("attestors", chain))
                .put(attestors).then().statusCode(200)
                .body("confidence", equalTo("HIGH"))
                .body("attestors[0].verifies", equalTo(true))
                .body("attestors[0].credentialCode", equalTo("AWS-MLS"));

        StatusStream.delta(santos, CredentialState.REVOKED, "aws", "aws.training", DocumentType.SKILL_MODULE, "AWS-MLS",
                "Specialty", ISSUED, null);
        String share = given().header("Authorization", bearer(holder)).post("/api/v1/portfolios/mine/shares")
                .then().extract().path("id");
        Eventually.within(WITHIN, "MEDIUM once an attestor's credential is revoked", () -> "MEDIUM".equals(
                given().get("/api/v1/shared/" + share + "/credentials/" + hash + "/attestation").path("confidence")));
    }

    @Test
    void aForgedAttestorReferenceIsRefusedAndNothingIsWritten() {
        String liu = attestorCredential("Nora Liu");
        String attestation = Seed.html(3).replace("Attestation Date: January 2026", "Attestation Date: February 2026");
        String hash = heldAttestation(attestation);
        String holder = Fixtures.newHolder(false);
        given().header("Authorization", bearer(holder)).contentType(ContentType.JSON)
                .body(Map.of("text", attestation, "keepText", false)).post("/api/v1/portfolios/mine/credentials")
                .then().statusCode(201);
        String attestors = "/api/v1/portfolios/mine/credentials/" + hash + "/attestors";
        Map<String, String> good = Map.of("credential", liu, "relationship", "ML Lead", "claim", "deployed models");
        given().header("Authorization", bearer(holder)).contentType(ContentType.JSON)
                .body(Map.of("attestors", List.of(good))).put(attestors).then().statusCode(200)
                .body("confidence", equalTo("LOW"));

        given().header("Authorization", bearer(holder)).contentType(ContentType.JSON)
                .body(Map.of("attestors", List.of(good, Map.of("credential", "ee".repeat(32), "relationship", "friend",
                        "claim", "trust me")))).put(attestors)
                .then().statusCode(422).body("type", equalTo("urn:microcred:problem:unknown-attestor-credential"))
                .body("detail", equalTo("attestor 2: no issuer of this platform issued that credential"));
        given().header("Authorization", bearer(holder)).contentType(ContentType.JSON)
                .body(Map.of("attestors", List.of(Map.of("credential", "https://cityandguilds.com/v/x/" + liu,
                        "relationship", "ML Lead", "claim", "deployed models")))).put(attestors)
                .then().statusCode(422).body("detail",
                        equalTo("attestor 1: no issuer of this platform issued that credential at cityandguilds.com"));

        // The chain named before the refused requests stands as it was
        given().header("Authorization", bearer(holder)).get(attestors).then().statusCode(200)
                .body("attestors.size()", equalTo(1)).body("attestors[0].credentialHash", equalTo(liu))
                .body("confidence", equalTo("LOW"));
    }
}
