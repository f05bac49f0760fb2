package dev.microcred.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
public final class KafkaBroker implements AutoCloseable {
    private final Path dataDirectory;
    private final int port;
    private final int controllerPort;
    private final RelayedListener relayed;
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
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.relayed = relayed;
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

    private Properties config() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        String listeners = "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort;
        String advertised = "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort;
        if (relayed != null) {
            listeners += ",RELAYED://127.0.0.1:" + relayed.port();
            advertised += ",RELAYED://127.0.0.1:" + relayed.advertisedPort();
        }
        p.put("listeners", listeners);
        p.put("advertised.listeners", advertised);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,RELAYED:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
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
