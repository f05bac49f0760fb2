package dev.microcred.infra;

import java.util.HashMap;
import java.util.Map;

/**
 * What one service's {@code @QuarkusTest}s run on: a real PostgreSQL with the service's database,
 * a KRaft broker and Apicurio Registry, in a scratch folder of their own; no Docker. A service's
 * test resource starts it and adds its own settings to {@link #properties()}.
 */
public final class ServiceInfrastructure implements AutoCloseable {
    private final ScratchDirectory dir;
    private final PostgresServer postgres;
    private final KafkaBroker broker;
    private final ApicurioRegistry registry;
    private final String database;

    private ServiceInfrastructure(ScratchDirectory dir, PostgresServer postgres, KafkaBroker broker,
            ApicurioRegistry registry, String database) {
        this.dir = dir;
        this.postgres = postgres;
        this.broker = broker;
        this.registry = registry;
        this.database = database;
    }

    /** @param database the service's database, which names the scratch folder too */
    public static ServiceInfrastructure start(String database) {
        ScratchDirectory dir = ScratchDirectory.create(database + "-it-");
        PostgresServer postgres = PostgresServer.start(dir.resolve("pg"), FreePort.pick());
        KafkaBroker broker = KafkaBroker.startFresh(dir.resolve("kafka"));
        ApicurioRegistry registry = ApicurioRegistry.start(FreePort.pick(), dir.resolve("registry.log"));
        return new ServiceInfrastructure(dir, postgres, broker, registry, database);
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** The datasource, broker and registry settings of the service under test. */
    public Map<String, String> properties() {
        return new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", postgres.database(database),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password(),
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "apicurio.registry.url", registry.apiUrl()));
    }

    @Override
    public void close() {
        registry.close();
        broker.close();
        postgres.close();
        dir.close();
    }
}
