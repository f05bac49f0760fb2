package dev.microcred.deploy;

import dev.microcred.infra.ApicurioRegistry;
import dev.microcred.infra.KafkaBroker;
import dev.microcred.infra.PostgresServer;
import java.util.Map;

/**
 * The infrastructure on this machine, no Docker: real PostgreSQL binaries, a KRaft broker in this
 * JVM and Apicurio Registry on PostgreSQL, all keeping their data in the stack's folder, so they
 * survive restarts and the fault tests can stop and start each of them.
 */
public final class LocalInfrastructure implements StackInfrastructure {
    private final StackLayout layout;
    private PostgresServer postgres;
    private final KafkaBroker broker;
    private ApicurioRegistry registry;

    private LocalInfrastructure(StackLayout layout, KafkaBroker broker) {
        this.layout = layout;
        this.broker = broker;
    }

    /** @param relayed a second broker listener, for a client that a test cuts off from the broker (or null) */
    public static Starter starter(KafkaBroker.RelayedListener relayed) {
        return (layout, operatorPassword) -> {
            LocalInfrastructure local = new LocalInfrastructure(layout, new KafkaBroker(
                    layout.dataDirectory().resolve("kafka"), layout.kafkaPort(), layout.controllerPort(), relayed,
                    operatorPassword));
            try {
                local.startPostgres();
                local.broker.start();
                local.startRegistry();
                return local;
            } catch (RuntimeException e) {
                local.close();
                throw e;
            }
        };
    }

    /** The broker, for tests that stop it and start it again on the same data. */
    public KafkaBroker broker() {
        return broker;
    }

    /** Stops the registry; {@link #startRegistry()} brings it back on the same port and schemas (on PostgreSQL). */
    public void stopRegistry() {
        registry.close();
    }

    public void startRegistry() {
        registry = ApicurioRegistry.startOnPostgres(layout.registryPort(), layout.logs().resolve("registry.log"),
                postgres.database("registry"), postgres.user(), postgres.password());
    }

    /** Stops PostgreSQL (every database of the stack); {@link #startPostgres()} brings it back on the same data. */
    public void stopPostgres() {
        postgres.close();
    }

    public void startPostgres() {
        postgres = PostgresServer.start(layout.dataDirectory().resolve("postgres"), layout.postgresPort());
    }

    @Override
    public String database(String name) {
        return postgres.database(name);
    }

    @Override
    public void loginRole(String name, String password) {
        postgres.loginRole(name, password);
    }

    @Override
    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    @Override
    public String databaseOwner() {
        return postgres.user();
    }

    @Override
    public String databaseOwnerPassword() {
        return postgres.password();
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public Map<String, Object> kafkaOperatorConfig() {
        return broker.operatorClientConfig();
    }

    @Override
    public String registryUrl() {
        return registry.apiUrl();
    }

    @Override
    public void close() {
        for (AutoCloseable part : new AutoCloseable[] {registry, broker, postgres}) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                System.err.println("while stopping: " + e);
            }
        }
    }
}
