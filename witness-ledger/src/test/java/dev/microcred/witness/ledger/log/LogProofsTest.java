package dev.microcred.witness.ledger.log;

import static dev.microcred.witness.ledger.Pushes.push;
import static dev.microcred.witness.ledger.SeedDeltas.batch;
import static dev.microcred.witness.ledger.SeedDeltas.delta;
import static dev.microcred.witness.ledger.SeedDeltas.newHash;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microcred.merkle.Checkpoint;
import dev.microcred.merkle.Consistency;
import dev.microcred.merkle.Hasher;
import dev.microcred.merkle.Inclusion;
import dev.microcred.witness.ledger.LedgerClient;
import dev.microcred.witness.ledger.RealPostgres;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(RealPostgres.class)
class LogProofsTest {

    static final Hasher HASHER = Hasher.RFC6962_SHA256;

    @Test
    void everyLeafIsProvablyInTheLatestCheckpoint() throws Exception {
        // Given batches of 1, 2, 3 and 5 deltas (so the tree passes sizes that are and are not powers of two)
        for (int batchSize : new int[] {1, 2, 3, 5}) {
            pushDeltas(batchSize);
        }
        Checkpoint latest = LedgerClient.latestCheckpoint();

        // Then every leaf served hashes, through its proof, to the signed root
        for (long start = 0; start < latest.size(); start += 100) {
            JsonPath page = given().get("/witness/v1/leaves?start=" + start + "&limit=100").then().statusCode(200)
                    .extract().jsonPath();
            for (int i = 0; i < page.getList("leaves").size(); i++) {
                long index = page.getLong("leaves[" + i + "].leafIndex");
                byte[] leaf = page.getString("leaves[" + i + "].leaf").getBytes(StandardCharsets.UTF_8);
                JsonPath proof = given().get("/witness/v1/proofs/inclusion?index=" + index + "&size=" + latest.size())
                        .then().statusCode(200).extract().jsonPath();
                Inclusion.verify(HASHER, index, latest.size(), HASHER.hashLeaf(leaf),
                        LedgerClient.decode(proof.getList("hashes", String.class)), latest.rootHash());
            }
        }
    }

    @Test
    void everyRecordedCheckpointIsConsistentWithEveryLaterOne() throws Exception {
        // Given the checkpoint sizes seen after each of several pushes
        List<Long> sizes = new ArrayList<>();
        for (int batchSize : new int[] {1, 1, 4, 2, 7}) {
            pushDeltas(batchSize);
            sizes.add(LedgerClient.latestCheckpoint().size());
        }

        // Then each pair has a consistency proof between its signed roots
        for (int i = 0; i < sizes.size(); i++) {
            for (int j = i; j < sizes.size(); j++) {
                Checkpoint older = LedgerClient.checkpoint(sizes.get(i));
                Checkpoint newer = LedgerClient.checkpoint(sizes.get(j));
                JsonPath proof = given().get("/witness/v1/proofs/consistency?from=" + older.size() + "&to="
                        + newer.size()).then().statusCode(200).extract().jsonPath();
                Consistency.verify(HASHER, older.size(), newer.size(),
                        LedgerClient.decode(proof.getList("hashes", String.class)), older.rootHash(),
                        newer.rootHash());
            }
        }
    }

    @Test
    void proofsBeyondTheSignedTreeAreBadRequests() throws Exception {
        pushDeltas(1);
        long size = LedgerClient.latestCheckpoint().size();

        given().get("/witness/v1/proofs/inclusion?index=" + size + "&size=" + size).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("type", equalTo("urn:microcred:problem:out-of-range"));
        given().get("/witness/v1/proofs/consistency?from=1&to=" + (size + 1)).then().statusCode(400);
        given().get("/witness/v1/proofs/consistency?from=0&to=" + size).then().statusCode(400);
        given().get("/witness/v1/checkpoints/" + (size + 1000)).then().statusCode(404);
    }

    @Test
    void theCheckpointIsPlainTextSignedByThePublishedKey() throws Exception {
        pushDeltas(1);
        String note = given().get("/witness/v1/checkpoint").then().statusCode(200)
                .contentType(startsWith("text/plain")).extract().asString();

        assertEquals(LedgerClient.latestCheckpoint(), LedgerClient.open(note));
    }

    private static void pushDeltas(int count) {
        String[] deltas = new String[count];
        for (int i = 0; i < count; i++) {
            deltas[i] = delta(newHash(), "VALID", i + 1);
        }
        push(batch(deltas)).statusCode(200);
    }
}
