package dev.microcred.issuer.ingress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.microcred.issuer.RealInfrastructure;
import dev.microcred.issuer.SeedRequests;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Bulk issuing from a training platform with the issuer's key, against a real PostgreSQL, broker and registry. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = true)
class BulkIssueApiTest {
    private static final String NDJSON = "application/x-ndjson";

    @Test
    void aMixedNdjsonBatchAnswersOneResultPerItemInOrder() {
        // Given an issuer and a batch: two seed credentials, the first again, one without a holder,
        // a line that is no JSON, and one without a completion id
        NewIssuer issuer = NewIssuer.create("bulk");
        String batch = String.join("\n",
                item("lambda-1", "micro1.json"),
                item("guilds-1", "micro2.json"),
                item("lambda-1", "micro1.json"),
                item("no-holder-1", "micro1.json").replace("\"holder\"", "\"holdr\""),
                "{\"completionId\": \"broken-1\", ",
                oneLine(SeedRequests.read("requests/micro4.json"))) + "\n";
        // When it is posted as NDJSON
        bulk(issuer, NDJSON, batch)
                // Then every item has its own result, in order, and the counts add up
                .statusCode(200)
                .body("results", hasSize(6))
                .body("results[0].index", equalTo(0))
                .body("results[0].completionId", equalTo("lambda-1"))
                .body("results[0].result", equalTo("created"))
                .body("results[0].hash", notNullValue())
                .body("results[1].result", equalTo("created"))
                .body("results[2].result", equalTo("duplicate"))
                .body("results[2].id", equalTo(idOfFirst(issuer)))
                .body("results[3].result", equalTo("rejected"))
                .body("results[3].reason", startsWith("invalid-request"))
                .body("results[3].errors.field", hasItem("holder"))
                .body("results[3].id", nullValue())
                .body("results[4].result", equalTo("rejected"))
                .body("results[4].reason", startsWith("malformed-body"))
                .body("results[5].result", equalTo("rejected"))
                .body("results[5].reason", startsWith("completionId is required"))
                .body("created", equalTo(2))
                .body("duplicates", equalTo(1))
                .body("rejected", equalTo(3));
    }

    @Test
    void aJsonArrayWorksTooAndSendingItAgainIssuesNothingNew() {
        // Given a JSON array of two seed completions, issued once
        NewIssuer issuer = NewIssuer.create("bulkarr");
        String array = "[" + item("cme-7", "micro4.json") + "," + item("det-9", "micro5.json") + "]";
        var first = bulk(issuer, "application/json", array).statusCode(200)
                .body("created", equalTo(2)).extract();
        // When the same array is posted again (a retry after a timeout)
        bulk(issuer, "application/json", array)
                // Then both are duplicates of the credentials issued the first time
                .statusCode(200)
                .body("results.result", equalTo(List.of("duplicate", "duplicate")))
                .body("results[0].id", equalTo(first.path("results[0].id")))
                .body("results[1].hash", equalTo(first.path("results[1].hash")))
                .body("created", equalTo(0))
                .body("duplicates", equalTo(2));
    }

    @Test
    void withinOneRequestAReusedCompletionIdAndARepeatedTextAreRefusedAndTheRestIsIssued() {
        // Given an issuer that prints skill modules without a serial, so one request renders one text
        NewIssuer issuer = NewIssuer.create("bulksame", "\"SKILL_MODULE\"");
        // When one request carries a completion id twice with different bodies, and the same
        // skill module under a second completion id
        String batch = String.join("\n",
                item("a-1", "micro1.json"),
                item("a-1", "micro2.json"),
                item("a-2", "micro1.json"),
                item("b-1", "micro2.json"));
        bulk(issuer, NDJSON, batch)
                // Then each is judged as if sent alone, in order: only the first of each is issued
                .statusCode(200)
                .body("results.result", equalTo(List.of("created", "rejected", "rejected", "created")))
                .body("results[1].reason", startsWith("completion-reused"))
                .body("results[2].reason", startsWith("conflict"))
                .body("results[2].id", nullValue())
                .body("created", equalTo(2))
                .body("rejected", equalTo(2));
        // And posting the whole request again issues nothing and refuses the same two
        bulk(issuer, NDJSON, batch).statusCode(200)
                .body("results.result", equalTo(List.of("duplicate", "rejected", "rejected", "duplicate")));
    }

    @Test
    void moreThanTenThousandItemsAreRefusedWith413AndNothingIsIssued() {
        NewIssuer issuer = NewIssuer.create("bulkbig");
        String batch = IntStream.range(0, 10_001).mapToObj(i -> "{\"completionId\":\"c" + i + "\"}")
                .collect(Collectors.joining("\n"));
        bulk(issuer, NDJSON, batch)
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:microcred:problem:too-many-items"));
    }

    @Test
    void aNamedPlatformKeysItsOwnCompletionIdsAndAnAmbiguousNameIsRefused() {
        NewIssuer issuer = NewIssuer.create("bulkplat");
        // Given a completion the issuer posted as its own
        bulk(issuer, NDJSON, item("k-1", "micro2.json")).statusCode(200).body("created", equalTo(1));
        // When a platform posts the same completion id, it is that platform's completion, not the issuer's
        bulk(issuer, NDJSON, item("k-1", "micro3.json"), "?platform=linkedin-learning").statusCode(200)
                .body("created", equalTo(1));
        // And a platform name holding the key's separator is refused before anything is issued
        bulk(issuer, NDJSON, item("k-2", "micro1.json"), "?platform=linkedin:eu")
                .statusCode(400).contentType("application/problem+json");
        bulk(issuer, NDJSON, item("k-2", "micro1.json")).statusCode(200).body("created", equalTo(1));
    }

    @Test
    void aCompletionIdTheDatabaseCannotHoldIsRefusedAndTheOthersAreIssued() {
        NewIssuer issuer = NewIssuer.create("bulknul");
        // Given a completion id with a NUL character (PostgreSQL refuses it in text) between two good items;
        // written \\\\u0000 because item() passes it through replaceFirst, whose replacement takes one level of
        // escapes, and the JSON reader turns the remaining \\u0000 into the NUL
        String batch = String.join("\n", item("ok-1", "micro2.json"), item("bad\\\\u0000id", "micro1.json"),
                item("ok-2", "micro3.json"));
        // When posted / Then only that one is refused, with a reason that names the rule
        bulk(issuer, NDJSON, batch).statusCode(200)
                .body("results.result", equalTo(List.of("created", "rejected", "created")))
                .body("results[1].reason", startsWith("completion id too long or with control characters"));
    }

    @Test
    void anArrayThatIsNoJsonIsRefusedWithoutQuotingIt() {
        NewIssuer issuer = NewIssuer.create("bulkjunk");
        bulk(issuer, "application/json", "[{\"completionId\": \"x\", \"holder\": Jane Doe}]")
                .statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("the body is not valid JSON"));
    }

    @Test
    void onlyTheIssuersKeyMayPostInBulk() {
        NewIssuer issuer = NewIssuer.create("bulkkey");
        NewIssuer other = NewIssuer.create("bulkother");
        given().contentType(NDJSON).body(item("x", "micro1.json").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/issuers/{i}/credentials/bulk", issuer.id()).then().statusCode(401);
        bulk(new NewIssuer(issuer.id(), other.apiKey()), NDJSON, item("x", "micro1.json")).statusCode(403);
    }

    /** The seed request as one NDJSON line, with the completion id first. */
    private static String item(String completionId, String seed) {
        return oneLine(SeedRequests.read("requests/" + seed)).replaceFirst("\\{", "{\"completionId\":\"" + completionId + "\",");
    }

    private static String oneLine(String json) {
        return json.replace("\n", " ");
    }

    private static String idOfFirst(NewIssuer issuer) {
        return bulk(issuer, NDJSON, item("lambda-1", "micro1.json")).extract().path("results[0].id");
    }

    private static ValidatableResponse bulk(NewIssuer issuer, String contentType, String body) {
        return bulk(issuer, contentType, body, "");
    }

    private static ValidatableResponse bulk(NewIssuer issuer, String contentType, String body, String query) {
        return given().header("Authorization", "Bearer " + issuer.apiKey()).contentType(contentType)
                .body(body.getBytes(StandardCharsets.UTF_8)) // bytes: RestAssured has no encoder for NDJSON
                .post("/api/v1/issuers/{i}/credentials/bulk" + query, issuer.id()).then();
    }
}
