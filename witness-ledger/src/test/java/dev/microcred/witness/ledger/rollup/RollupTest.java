package dev.microcred.witness.ledger.rollup;

import static dev.microcred.witness.ledger.Pushes.push;
import static dev.microcred.witness.ledger.SeedDeltas.batch;
import static dev.microcred.witness.ledger.SeedDeltas.delta;
import static dev.microcred.witness.ledger.SeedDeltas.newHash;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.witness.ledger.LedgerClient;
import dev.microcred.witness.ledger.RealPostgres;
import dev.microcred.witness.ledger.rollup.persistence.RollupJob;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(RealPostgres.class)
class RollupTest {

    @Inject
    RollupJob job;

    @Test
    void aGrownTreeIsRolledUpOnceAndRecordedUnanchored() throws Exception {
        // Given the tree grew
        push(batch(delta(newHash(), "VALID", 1))).statusCode(200);
        long size = LedgerClient.latestCheckpoint().size();

        // When the job runs twice
        Optional<Rollup> first = job.rollUp();
        Optional<Rollup> second = job.rollUp();

        // Then the latest checkpoint is recorded once, with no chain receipt
        assertTrue(first.isPresent());
        assertEquals(size, first.get().treeSize());
        assertNull(first.get().anchor());
        assertEquals(LedgerClient.latestCheckpoint(), LedgerClient.open(first.get().note()));
        assertTrue(second.isEmpty());
        given().get("/witness/v1/rollups").then().statusCode(200)
                .body("rollups.treeSize", hasItem((int) size));
    }
}
