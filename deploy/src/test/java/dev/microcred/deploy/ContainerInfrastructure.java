package dev.microcred.deploy;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import dev.microcred.infra.ApicurioRegistry;
import dev.microcred.infra.FreePort;
import dev.microcred.infra.KafkaBroker;
import dev.microcred.infra.PostgresAdmin;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The stack's infrastructure from container images, for the end-to-end tests where a Docker engine
 * exists: PostgreSQL, Apache Kafka and Apicurio Registry, at the versions the in-JVM path runs.
 * The broker is secured as {@link KafkaBroker} secures its own: SASL on the client listener
 * (SCRAM-SHA-512 for the services, PLAIN for the operator), the standard authorizer, and the
 * operator as super user, so the same {@link BrokerAccess} ACLs apply. The services run on this
 * machine and reach the containers on published ports; the broker's port is fixed before it starts,
 * because it must advertise the address clients connect to.
 */
final class ContainerInfrastructure implements StackInfrastructure {
    static final DockerImageName POSTGRES = DockerImageName.parse("postgres:14-alpine");
    static final DockerImageName KAFKA = DockerImageName.parse("apache/kafka:4.1.2");
    static final DockerImageName REGISTRY = DockerImageName.parse("apicurio/apicurio-registry:3.3.3");
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final PostgreSQLContainer postgres;
    private final GenericContainer<?> kafka;
    private final GenericContainer<?> registry;
    private final String bootstrapServers;
    private final String operatorPassword;

    private ContainerInfrastructure(String operatorPassword) {
        this.operatorPassword = operatorPassword;
        int kafkaPort = FreePort.pick();
        this.bootstrapServers = "localhost:" + kafkaPort;
        this.postgres = new PostgreSQLContainer(POSTGRES).withUsername("postgres").withPassword("postgres")
                .withDatabaseName("postgres");
        this.kafka = securedBroker(kafkaPort, operatorPassword);
        this.registry = new GenericContainer<>(REGISTRY).withExposedPorts(8080)
                .waitingFor(Wait.forHttp("/apis/registry/v3/system/info").forStatusCode(200))
                .withStartupTimeout(STARTUP);
    }

    /** Starts the three containers; the caller closes them. */
    static StackInfrastructure start(StackLayout layout, String kafkaOperatorPassword) {
        ContainerInfrastructure containers = new ContainerInfrastructure(kafkaOperatorPassword);
        try {
            containers.postgres.start();
            containers.kafka.start();
            containers.registry.start();
            ApicurioRegistry.requireBackwardCompatibility(containers.registryUrl());
            return containers;
        } catch (RuntimeException e) {
            containers.close();
            throw e;
        }
    }

    private static GenericContainer<?> securedBroker(int port, String operatorPassword) {
        String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"operator\""
                + " password=\"" + operatorPassword + "\" user_operator=\"" + operatorPassword + "\";";
        return new GenericContainer<>(KAFKA)
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withPortBindings(
                        new PortBinding(Ports.Binding.bindPort(port), new ExposedPort(port))))
                .withExposedPorts(port)
                .withEnv(Map.ofEntries(
                        Map.entry("CLUSTER_ID", "4L6g3nShT-eMCtK--X86sw"),
                        Map.entry("KAFKA_NODE_ID", "1"),
                        Map.entry("KAFKA_PROCESS_ROLES", "broker,controller"),
                        Map.entry("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@localhost:9093"),
                        Map.entry("KAFKA_LISTENERS", "CLIENT://0.0.0.0:" + port + ",CONTROLLER://localhost:9093"),
                        Map.entry("KAFKA_ADVERTISED_LISTENERS", "CLIENT://localhost:" + port),
                        Map.entry("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "CLIENT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT"),
                        Map.entry("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER"),
                        Map.entry("KAFKA_INTER_BROKER_LISTENER_NAME", "CLIENT"),
                        Map.entry("KAFKA_SASL_MECHANISM_INTER_BROKER_PROTOCOL", "PLAIN"),
                        Map.entry("KAFKA_LISTENER_NAME_CLIENT_SASL_ENABLED_MECHANISMS", "SCRAM-SHA-512,PLAIN"),
                        Map.entry("KAFKA_LISTENER_NAME_CLIENT_PLAIN_SASL_JAAS_CONFIG", plain),
                        // "___" stands for "-" in the image's environment names: scram-sha-512.
                        Map.entry("KAFKA_LISTENER_NAME_CLIENT_SCRAM___SHA___512_SASL_JAAS_CONFIG",
                                "org.apache.kafka.common.security.scram.ScramLoginModule required;"),
                        Map.entry("KAFKA_AUTHORIZER_CLASS_NAME", "org.apache.kafka.metadata.authorizer.StandardAuthorizer"),
                        // The controller listener is unauthenticated inside the container; it is not published.
                        Map.entry("KAFKA_SUPER_USERS", "User:operator;User:ANONYMOUS"),
                        Map.entry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1"),
                        Map.entry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1"),
                        Map.entry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1"),
                        Map.entry("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0"),
                        Map.entry("KAFKA_NUM_PARTITIONS", "3")))
                .waitingFor(Wait.forLogMessage(".*Kafka Server started.*", 1))
                .withStartupTimeout(STARTUP);
    }

    @Override
    public String database(String name) {
        asSuperuser(superuser -> PostgresAdmin.database(superuser, name));
        return jdbcUrl(name);
    }

    @Override
    public void loginRole(String name, String password) {
        asSuperuser(superuser -> PostgresAdmin.loginRole(superuser, name, password));
    }

    private void asSuperuser(Consumer<Connection> work) {
        try (Connection superuser = DriverManager.getConnection(postgres.getJdbcUrl(), databaseOwner(),
                databaseOwnerPassword())) {
            work.accept(superuser);
        } catch (SQLException e) {
            throw new IllegalStateException("could not reach the PostgreSQL container", e);
        }
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432) + "/" + database;
    }

    @Override
    public String databaseOwner() {
        return postgres.getUsername();
    }

    @Override
    public String databaseOwnerPassword() {
        return postgres.getPassword();
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public Map<String, Object> kafkaOperatorConfig() {
        return KafkaBroker.operatorClientConfig(bootstrapServers, operatorPassword);
    }

    @Override
    public String registryUrl() {
        return "http://" + registry.getHost() + ":" + registry.getMappedPort(8080) + "/apis/registry/v3";
    }

    @Override
    public void close() {
        registry.stop();
        kafka.stop();
        postgres.stop();
    }
}
