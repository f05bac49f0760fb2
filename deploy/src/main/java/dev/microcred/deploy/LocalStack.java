package dev.microcred.deploy;

import dev.microcred.infra.KafkaBroker;
import dev.microcred.schemas.KafkaConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * The whole platform on one machine, no Docker: real PostgreSQL, a KRaft broker, Apicurio
 * Registry (on PostgreSQL), the services from their packaged jars in the prod profile, and witness
 * firms (witness-ledger processes) registered with the forwarder. All data lives under one folder
 * and survives restarts. The end-to-end tests drive the same class, on this infrastructure
 * ({@link LocalInfrastructure}) or on another {@link StackInfrastructure}.
 * The broker is secured as a cluster's is: each service logs in as its own principal, which
 * {@link BrokerAccess} allows only its own topics.
 */
public final class LocalStack implements AutoCloseable {
    /** The database roles the services run as (the owner runs their migrations). */
    public static final String ISSUER_DB_ROLE = "issuer_service";
    public static final String FORWARDER_DB_ROLE = "witness_forwarder";
    public static final String TALENT_DB_ROLE = "talent_graph";
    private final StackLayout layout;
    private final String adminToken;
    private final String toolsToken;
    private final String peerToken;
    private final String forwarderToken;
    private final String talentOperatorToken;
    private final String talentSearchToken;
    private final Map<String, String> kafkaPasswords = new HashMap<>();
    private StackInfrastructure infrastructure;
    private ServiceProcess issuer;
    private ServiceProcess status;
    private ServiceProcess forwarder;
    private ServiceProcess talent;
    private final Map<String, WitnessLedger> witnesses = new LinkedHashMap<>();
    private final Map<String, Integer> ledgerPorts = new HashMap<>();

    private LocalStack(StackLayout layout) {
        this.layout = layout;
        this.adminToken = secret("admin-token");
        this.toolsToken = secret("tools-token");
        this.peerToken = secret("peer-token");
        this.forwarderToken = secret("forwarder-token");
        this.talentOperatorToken = secret("talent-operator-token");
        this.talentSearchToken = secret("talent-search-token");
        for (String principal : BrokerAccess.localStack().keySet()) {
            kafkaPasswords.put(principal, secret(kafkaPasswordFile(principal).getFileName().toString()));
        }
    }

    /** The platform with the local stack's two witness firms. */
    public static LocalStack start(StackLayout layout) {
        return start(layout, WitnessFirm.localDefaults());
    }

    public static LocalStack start(StackLayout layout, List<WitnessFirm> firms) {
        return start(layout, firms, LocalInfrastructure.starter(null));
    }

    /** @param relayed a second broker listener, for a client that a test cuts off from the broker (or null) */
    public static LocalStack start(StackLayout layout, List<WitnessFirm> firms, KafkaBroker.RelayedListener relayed) {
        return start(layout, firms, LocalInfrastructure.starter(relayed));
    }

    /** The platform on the infrastructure {@code starter} starts. */
    public static LocalStack start(StackLayout layout, List<WitnessFirm> firms, StackInfrastructure.Starter starter) {
        LocalStack stack = new LocalStack(layout);
        try {
            stack.startInfrastructure(starter);
            stack.issuer = stack.issuerService(List.of()).start();
            stack.status = stack.statusService().start();
            stack.forwarder = stack.forwarderService().start();
            for (WitnessFirm firm : firms) {
                stack.witnesses.put(firm.id(), stack.startWitness(firm));
            }
            stack.talent = stack.talentService().start();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startInfrastructure(StackInfrastructure.Starter starter) {
        createDirectory(layout.logs());
        infrastructure = starter.start(layout, secret("kafka-operator-password"));
        infrastructure.database("issuer");
        infrastructure.database("forwarder");
        infrastructure.database("talent");
        // Each service runs as a role of its own; its migrations, run as the owner, grant it what it needs.
        infrastructure.loginRole(ISSUER_DB_ROLE, databasePassword(ISSUER_DB_ROLE));
        infrastructure.loginRole(FORWARDER_DB_ROLE, databasePassword(FORWARDER_DB_ROLE));
        infrastructure.loginRole(TALENT_DB_ROLE, databasePassword(TALENT_DB_ROLE));
        try (Admin admin = Admin.create(infrastructure.kafkaOperatorConfig())) {
            BrokerAccess.apply(admin, BrokerAccess.localStack(), kafkaPasswords);
        }
        SchemaRegistration.registerAll(infrastructure.registryUrl());
    }

    /**
     * issuer-service with extra system properties, e.g. {@code -Doutbox.relay.enabled=false}. The local
     * stack is for developing against, so it serves Swagger UI, which production leaves off.
     */
    public ServiceProcess issuerService(List<String> extraProperties) {
        List<String> systemProperties = new ArrayList<>(List.of("-Dquarkus.swagger-ui.enable=true"));
        systemProperties.addAll(extraProperties);
        return new ServiceProcess("issuer-service", layout.runner("issuer-service"), layout.issuerPort(), withKafkaLogin(
                BrokerAccess.ISSUER_SERVICE, infrastructure.bootstrapServers(), Map.of(
                "ISSUER_DB_URL", infrastructure.jdbcUrl("issuer"), "ISSUER_DB_USER", ISSUER_DB_ROLE,
                "ISSUER_DB_PASSWORD", databasePassword(ISSUER_DB_ROLE), "ISSUER_DB_OWNER", infrastructure.databaseOwner(),
                "ISSUER_DB_OWNER_PASSWORD", infrastructure.databaseOwnerPassword(),
                "APICURIO_REGISTRY_URL", infrastructure.registryUrl(), "MICROCRED_ADMIN_TOKEN", adminToken)),
                systemProperties, layout.logs().resolve("issuer-service.log"));
    }

    public ServiceProcess statusService() {
        return statusService("status-stream", layout.statusPort());
    }

    /**
     * A status-stream instance of the same application (so it shares the partitions) under its own
     * name, which names its state folder and log, on its own port; it advertises that port to the others.
     */
    public ServiceProcess statusService(String instance, int port) {
        return statusService(instance, port, infrastructure.bootstrapServers());
    }

    /** An instance that reaches the broker at {@code bootstrapServers}, e.g. through a relay a test can cut. */
    public ServiceProcess statusService(String instance, int port, String bootstrapServers) {
        return new ServiceProcess(instance, layout.runner("status-stream"), port, withKafkaLogin(
                BrokerAccess.STATUS_STREAM, bootstrapServers, Map.of("APICURIO_REGISTRY_URL", infrastructure.registryUrl(),
                "STATUS_TOOLS_TOKEN", toolsToken, "STATUS_PEER_TOKEN", peerToken,
                "STATUS_STATE_DIR", layout.dataDirectory().resolve(instance).toString())),
                List.of(), layout.logs().resolve(instance + ".log"));
    }

    public ServiceProcess forwarderService() {
        return new ServiceProcess("witness-forwarder", layout.runner("witness-forwarder"), layout.forwarderPort(),
                withKafkaLogin(BrokerAccess.WITNESS_FORWARDER, infrastructure.bootstrapServers(), Map.of(
                "FORWARDER_DB_URL", infrastructure.jdbcUrl("forwarder"), "FORWARDER_DB_USER", FORWARDER_DB_ROLE,
                "FORWARDER_DB_PASSWORD", databasePassword(FORWARDER_DB_ROLE), "FORWARDER_DB_OWNER", infrastructure.databaseOwner(),
                "FORWARDER_DB_OWNER_PASSWORD", infrastructure.databaseOwnerPassword(),
                "APICURIO_REGISTRY_URL", infrastructure.registryUrl(), "FORWARDER_ADMIN_TOKEN", forwarderToken)),
                // The local ledgers listen on loopback without TLS; production requires public HTTPS push URLs.
                List.of("-Dforwarder.push.allow-plain-http=true", "-Dforwarder.push.allow-private-addresses=true",
                        "-Dquarkus.swagger-ui.enable=true"),
                layout.logs().resolve("witness-forwarder.log"));
    }

    /**
     * talent-graph, asking every issuer domain at status-stream's verify endpoint (the local stack has no DNS for
     * them), with the domain in the Host header as a phone's request would carry it.
     */
    public ServiceProcess talentService() {
        return new ServiceProcess("talent-graph", layout.runner("talent-graph"), layout.talentPort(),
                withKafkaLogin(BrokerAccess.TALENT_GRAPH, infrastructure.bootstrapServers(), Map.of(
                "TALENT_DB_URL", infrastructure.jdbcUrl("talent"), "TALENT_DB_USER", TALENT_DB_ROLE,
                "TALENT_DB_PASSWORD", databasePassword(TALENT_DB_ROLE), "TALENT_DB_OWNER", infrastructure.databaseOwner(),
                "TALENT_DB_OWNER_PASSWORD", infrastructure.databaseOwnerPassword(), "APICURIO_REGISTRY_URL", infrastructure.registryUrl(),
                "TALENT_OPERATOR_TOKENS", talentOperatorToken, "TALENT_SEARCH_TOKENS", talentSearchToken,
                "TALENT_VERIFY_RESOLVE", "*=127.0.0.1:" + layout.statusPort())),
                List.of("-Djdk.httpclient.allowRestrictedHeaders=host", "-Dquarkus.swagger-ui.enable=true"),
                layout.logs().resolve("talent-graph.log"));
    }

    /** A service's environment plus where the broker is and the principal's SCRAM login to it. */
    private Map<String, String> withKafkaLogin(String principal, String bootstrapServers, Map<String, String> environment) {
        Map<String, String> all = new HashMap<>(environment);
        all.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        all.put("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        all.put("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
        all.put("KAFKA_SASL_JAAS_CONFIG", KafkaConnection.scramLogin(principal, kafkaPasswords.get(principal)));
        return all;
    }

    /** Starts a firm's ledger on its own database, registering the firm with the forwarder on first start. */
    private WitnessLedger startWitness(WitnessFirm firm) {
        String database = "ledger_" + firm.id().replace('-', '_');
        infrastructure.database(database);
        int port = ledgerPorts.computeIfAbsent(firm.id(), id -> layout.ledgerPort(ledgerPorts.size()));
        return WitnessLedger.start(firm, forwarder, forwarderToken, layout.dataDirectory(), layout.runner("witness-ledger"),
                port, infrastructure.jdbcUrl(database), infrastructure.databaseOwner(), infrastructure.databaseOwnerPassword(),
                layout.logs().resolve("witness-ledger-" + firm.id() + ".log"));
    }

    /** Replaces the running issuer-service (the old one must be stopped or killed first). */
    public ServiceProcess replaceIssuer(ServiceProcess next) {
        issuer = next.start();
        return issuer;
    }

    public ServiceProcess replaceStatus(ServiceProcess next) {
        status = next.start();
        return status;
    }

    public ServiceProcess replaceForwarder(ServiceProcess next) {
        forwarder = next.start();
        return forwarder;
    }

    /** The infrastructure on this machine, for the fault tests that stop and start its parts. */
    public LocalInfrastructure local() {
        if (infrastructure instanceof LocalInfrastructure local) {
            return local;
        }
        throw new IllegalStateException("only the infrastructure on this machine is stopped and started by tests");
    }

    public ServiceProcess issuer() { return issuer; }
    public ServiceProcess forwarder() { return forwarder; }
    public ServiceProcess talent() { return talent; }
    /** The operator's token for publishing pathways on talent-graph. */
    public String talentOperatorToken() { return talentOperatorToken; }
    /** A searcher's token for talent-graph's team search. */
    public String talentSearchToken() { return talentSearchToken; }
    public WitnessLedger witness(String id) { return witnesses.get(id); }
    public java.util.Collection<WitnessLedger> witnesses() { return witnesses.values(); }
    public String forwarderToken() { return forwarderToken; }
    public String jdbcUrl(String database) { return infrastructure.jdbcUrl(database); }
    public ServiceProcess status() { return status; }
    public String adminToken() { return adminToken; }
    /** The issuer's tools' token for status-stream's /internal/v1/status. */
    public String toolsToken() { return toolsToken; }
    public String bootstrapServers() { return infrastructure.bootstrapServers(); }
    /** The broker's super user, for tools and tests that read or write any topic. */
    public KafkaConnection operatorKafka() { return KafkaConnection.of(infrastructure.kafkaOperatorConfig()); }
    /** Where the local stack keeps a Kafka principal's password (a training platform's, say). */
    public Path kafkaPasswordFile(String principal) {
        return layout.dataDirectory().resolve("kafka-" + principal + "-password");
    }
    /** A principal of {@link BrokerAccess#localStack()}, logged in as it, e.g. the training platform. */
    public KafkaConnection kafkaAs(String principal) {
        return KafkaConnection.scram(infrastructure.bootstrapServers(), principal, kafkaPasswords.get(principal));
    }
    public String registryUrl() { return infrastructure.registryUrl(); }
    public String issuerJdbcUrl() { return infrastructure.jdbcUrl("issuer"); }
    /** The password of a service's database role ({@link #ISSUER_DB_ROLE}, {@link #FORWARDER_DB_ROLE}). */
    public String databasePassword(String role) {
        return secret("db-" + role + "-password");
    }
    public StackLayout layout() { return layout; }

    @Override
    public void close() {
        List<AutoCloseable> parts = new ArrayList<>();
        witnesses.values().forEach(w -> parts.add(w.process()));
        parts.addAll(java.util.Arrays.asList(talent, forwarder, status, issuer, infrastructure));
        for (AutoCloseable part : parts) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                System.err.println("while stopping: " + e);
            }
        }
    }

    /** A random token kept in the data folder, so it stays the same between runs. */
    private String secret(String name) {
        Path file = layout.dataDirectory().resolve(name);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            createDirectory(layout.dataDirectory());
            String token = WitnessLedger.randomHex(24);
            Files.writeString(file, token);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
