package dev.microcred.witness.ledger.append;

import static dev.microcred.witness.ledger.Pushes.push;
import static dev.microcred.witness.ledger.SeedDeltas.batch;
import static dev.microcred.witness.ledger.SeedDeltas.delta;
import static dev.microcred.witness.ledger.SeedDeltas.newHash;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.witness.ledger.RealPostgres;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(RealPostgres.class)
class AppendOnlyTableTest {

    @Inject
    DataSource dataSource;

    @ParameterizedTest
    @ValueSource(strings = {
        "update leaf set status = 'VALID'",
        "delete from leaf",
        "truncate leaf cascade",
        "update subtree set hash = '\\x00'",
        "delete from checkpoint",
        "update push_batch set body = '{}'"})
    void theDatabaseRefusesToRewriteTheLog(String rewrite) throws Exception {
        push(batch(delta(newHash(), "REVOKED", 1))).statusCode(200);

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> statement.execute(rewrite));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
    }
}
