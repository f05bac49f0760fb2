package dev.microcred.witness.ledger;

import dev.microcred.infra.FreePort;
import dev.microcred.infra.PostgresServer;
import dev.microcred.infra.ScratchDirectory;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real PostgreSQL for the ledger under test; no Docker. */
public class RealPostgres implements QuarkusTestResourceLifecycleManager {
    private ScratchDirectory dir;
    private PostgresServer postgres;

    @Override
    public Map<String, String> start() {
        dir = ScratchDirectory.create("witness-ledger-it-");
        postgres = PostgresServer.start(dir.resolve("pg"), FreePort.pick());
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.database("witness_ledger"),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password());
    }

    @Override
    public void stop() {
        postgres.close();
        dir.close();
    }
}
