package dev.microcred.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node KRaft broker (broker and controller in one) inside this JVM, on 127.0.0.1.
 * Its log directory is formatted once; started again on the same directory and ports it keeps
 * every topic, which is how the local stack persists data and how tests restart a broker.
 *
 * <p>Unsecured, any client may do anything, as the module tests want. Secured (given an operator
 * password), every listener takes SASL only and the standard authorizer denies whatever no ACL
 * allows: clients log in with SCRAM-SHA-512 as users the operator creates, and the operator itself
 * ({@value #OPERATOR}, the one super user) logs in with PLAIN against this configuration, so the
 * broker and its controller need no user in the metadata to start.
 */
public final class KafkaBroker implements AutoCloseable {
    private final Path dataDirectory;
    private final int port;
    private final int controllerPort;
    /** The super user of a secured broker. */
    public static final String OPERATOR = "operator";
    private static final String SCRAM = "SCRAM-SHA-512";

    private final RelayedListener relayed;
    private final String operatorPassword;
    private KafkaRaftServer server;

    /**
     * A second client listener on {@code port} that tells clients to connect at {@code advertisedPort}:
     * a relay the tests run in front of it can then cut one client off from the broker, its
     * connections hanging as in a network partition, while every other client carries on.
     */
    public record RelayedListener(int port, int advertisedPort) {
    }

    public KafkaBroker(Path dataDirectory, int port, int controllerPort) {
        this(dataDirectory, port, controllerPort, null);
    }

    /** @param relayed a second listener for clients behind a relay, or null */
    public KafkaBroker(Path dataDirectory, int port, int controllerPort, RelayedListener relayed) {
        this(dataDirectory, port, controllerPort, relayed, null);
    }

    /**
     * @param relayed a second listener for clients behind a relay, or null
     * @param operatorPassword the super user's password: the broker is secured; or null: it is not
     */
    public KafkaBroker(Path dataDirectory, int port, int controllerPort, RelayedListener relayed,
            String operatorPassword) {
        if (operatorPassword != null && operatorPassword.contains("\"")) {
            throw new IllegalArgumentException("the operator password cannot hold a double quote");
        }
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.relayed = relayed;
        this.operatorPassword = operatorPassword;
    }

    /** A broker on fresh free ports in the given folder. */
    public static KafkaBroker startFresh(Path dataDirectory) {
        KafkaBroker broker = new KafkaBroker(dataDirectory, FreePort.pick(), FreePort.pick());
        broker.start();
        return broker;
    }

    public synchronized void start() {
        Properties config = config();
        formatOnce(config);
        server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        server.startup();
    }

    /** Stops the broker; {@link #start()} brings it back with the same data. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** What a client needs to reach this broker as the super user: where it is and, if secured, the login. */
    public Map<String, Object> operatorClientConfig() {
        return operatorPassword == null ? Map.of("bootstrap.servers", bootstrapServers())
                : operatorClientConfig(bootstrapServers(), operatorPassword);
    }

    /** The super user's login to any brokers secured as these are (e.g. a compose cluster's). */
    public static Map<String, Object> operatorClientConfig(String bootstrapServers, String operatorPassword) {
        return Map.of("bootstrap.servers", bootstrapServers, "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "PLAIN", "sasl.jaas.config", plainLogin(operatorPassword, ""));
    }

    /** The operator's PLAIN login; with {@code users}, also the users a listener accepts. */
    private static String plainLogin(String operatorPassword, String users) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + OPERATOR
                + "\" password=\"" + operatorPassword + "\"" + users + ";";
    }

    private Properties config() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        String listeners = "CLIENT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort;
        String advertised = "CLIENT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort;
        if (relayed != null) {
            listeners += ",RELAYED://127.0.0.1:" + relayed.port();
            advertised += ",RELAYED://127.0.0.1:" + relayed.advertisedPort();
        }
        p.put("listeners", listeners);
        p.put("advertised.listeners", advertised);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "CLIENT");
        if (operatorPassword == null) {
            p.put("listener.security.protocol.map", "CLIENT:PLAINTEXT,CONTROLLER:PLAINTEXT,RELAYED:PLAINTEXT");
        } else {
            secure(p);
        }
        p.put("log.dirs", dataDirectory.toAbsolutePath().toString());
        // One node: internal topics cannot have more replicas than that.
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("num.partitions", "3");
        p.put("group.initial.rebalance.delay.ms", "0");
        // The default 128 MiB dedupe buffer is wasted on a development broker.
        p.put("log.cleaner.dedupe.buffer.size", "2097152");
        return p;
    }

    /**
     * SASL on every listener. Clients: SCRAM users from the metadata, and PLAIN for the operator
     * alone (its password is in this configuration). The controller listener and the broker's own
     * connections use the operator's PLAIN login: SCRAM users live in the metadata the controller
     * serves, so the controller cannot check them before it runs.
     */
    private void secure(Properties p) {
        p.put("listener.security.protocol.map", "CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT,RELAYED:SASL_PLAINTEXT");
        String plainLogin = plainLogin(operatorPassword, " user_" + OPERATOR + "=\"" + operatorPassword + "\"");
        for (String listener : new String[] {"client", "relayed"}) {
            p.put("listener.name." + listener + ".sasl.enabled.mechanisms", SCRAM + ",PLAIN");
            p.put("listener.name." + listener + ".plain.sasl.jaas.config", plainLogin);
            p.put("listener.name." + listener + ".scram-sha-512.sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        }
        p.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.put("listener.name.controller.plain.sasl.jaas.config", plainLogin);
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + OPERATOR);
        p.put("allow.everyone.if.no.acl.found", "false");
    }

    private void formatOnce(Properties config) {
        if (Files.exists(dataDirectory.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(dataDirectory);
            Path file = Files.createTempFile("kraft-", ".properties");
            try (OutputStream out = Files.newOutputStream(file)) {
                config.store(out, "format");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int exit = StorageTool.execute(new String[] {"format", "--standalone", "-t", Uuid.randomUuid().toString(),
                    "-c", file.toString()}, new PrintStream(output, true, StandardCharsets.UTF_8));
            Files.delete(file);
            if (exit != 0) {
                throw new IllegalStateException("could not format " + dataDirectory + ": " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not format " + dataDirectory, e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
