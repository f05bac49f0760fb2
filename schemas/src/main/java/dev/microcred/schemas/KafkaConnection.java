package dev.microcred.schemas;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How a service reaches the brokers, as every Kafka client it makes needs it: the bootstrap
 * servers and, on a secured cluster, who it is (SASL/SCRAM, or TLS client certificates) and how
 * it talks (TLS). Each service is one Kafka principal; the brokers' ACLs then allow it only the
 * topics it owns. Read from the {@code kafka.*} properties of a service's configuration, with
 * Kafka's own names: {@code kafka.bootstrap.servers}, {@code kafka.security.protocol},
 * {@code kafka.sasl.*} and {@code kafka.ssl.*}.
 */
public final class KafkaConnection {
    private static final String PREFIX = "kafka.";
    private static final String BOOTSTRAP = "bootstrap.servers";
    private static final String PROTOCOL = "security.protocol";

    private final Map<String, Object> settings;

    private KafkaConnection(Map<String, Object> settings) {
        if (settings.get(BOOTSTRAP) == null) {
            throw new IllegalArgumentException("a Kafka connection needs " + BOOTSTRAP);
        }
        this.settings = Map.copyOf(settings);
    }

    /** An unauthenticated connection, as the module tests' in-JVM broker takes. */
    public static KafkaConnection plaintext(String bootstrapServers) {
        return new KafkaConnection(Map.of(BOOTSTRAP, bootstrapServers));
    }

    /** A principal's SCRAM-SHA-512 login over an unencrypted SASL listener (the local stack's). */
    public static KafkaConnection scram(String bootstrapServers, String user, String password) {
        return new KafkaConnection(Map.of(BOOTSTRAP, bootstrapServers, PROTOCOL, "SASL_PLAINTEXT",
                "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", scramLogin(user, password)));
    }

    /**
     * From a service's configuration: {@code kafka.bootstrap.servers} and, for the protocol that
     * {@code kafka.security.protocol} names (PLAINTEXT when absent), its {@code kafka.sasl.*} and
     * {@code kafka.ssl.*} properties; the others would only be unused settings to a client.
     *
     * @param names every property name of the configuration
     * @param value a property's value, if it has one
     */
    public static KafkaConnection from(Iterable<String> names, Function<String, Optional<String>> value) {
        Map<String, Object> found = new HashMap<>();
        for (String name : names) {
            if (name.startsWith(PREFIX)) {
                value.apply(name).ifPresent(v -> found.put(name.substring(PREFIX.length()), v));
            }
        }
        return new KafkaConnection(connectionPart(found));
    }

    /** The connection part of a client's whole config, e.g. the one Kafka Streams hands its handlers. */
    public static KafkaConnection of(Map<String, ?> clientConfig) {
        return new KafkaConnection(connectionPart(clientConfig));
    }

    private static Map<String, Object> connectionPart(Map<String, ?> config) {
        Object named = config.get(PROTOCOL);
        // Kafka reads the protocol in any case.
        String protocol = named == null ? "PLAINTEXT" : named.toString().toUpperCase(java.util.Locale.ROOT);
        Map<String, Object> part = new HashMap<>();
        config.forEach((name, v) -> {
            if (name.equals(BOOTSTRAP) || name.equals(PROTOCOL)
                    || (name.startsWith("sasl.") && protocol.startsWith("SASL_"))
                    || (name.startsWith("ssl.") && protocol.endsWith("SSL"))) {
                part.put(name, v);
            }
        });
        return part;
    }

    /** The JAAS line of a SCRAM login; the password must not hold a double quote. */
    public static String scramLogin(String user, String password) {
        if (user.contains("\"") || password.contains("\"")) {
            throw new IllegalArgumentException("a SCRAM user or password in a JAAS line cannot hold a double quote");
        }
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    public String bootstrapServers() {
        return String.valueOf(settings.get(BOOTSTRAP));
    }

    /** A client's config: this connection plus the client's own settings (which cannot override it). */
    public Map<String, Object> clientConfig(Map<String, ?> clientSettings) {
        Map<String, Object> config = new HashMap<>(clientSettings);
        config.putAll(settings);
        return config;
    }

    /** Just the connection, e.g. for an admin client. */
    public Map<String, Object> clientConfig() {
        return clientConfig(Map.of());
    }

    /** The settings without secrets, for a log line. */
    @Override
    public String toString() {
        Map<String, Object> shown = new TreeMap<>(settings);
        shown.replaceAll((name, v) -> name.contains("jaas") || name.contains("password") || name.contains("key")
                || name.contains("secret") ? "(hidden)" : v);
        return shown.toString();
    }
}
