package dev.microcred.deploy;

import java.util.Map;

/**
 * What the platform's services run on: PostgreSQL (one superuser that creates the databases and
 * roles), a Kafka broker secured with SASL (SCRAM-SHA-512 for the services' principals, PLAIN for
 * the one super user, the standard authorizer denying what no ACL allows) and Apicurio Registry.
 * The local stack runs it in this JVM and on this machine ({@link LocalInfrastructure}); the
 * end-to-end tests can also run it in containers where a Docker engine exists.
 */
public interface StackInfrastructure extends AutoCloseable {

    /** Starts the infrastructure; {@code kafkaOperatorPassword} is the broker's super user's. */
    @FunctionalInterface
    interface Starter {
        StackInfrastructure start(StackLayout layout, String kafkaOperatorPassword);
    }

    /** Creates the database unless it exists, and returns its JDBC URL. */
    String database(String name);

    /** Creates the login role unless it exists, with this password either way. */
    void loginRole(String name, String password);

    String jdbcUrl(String database);

    /** The superuser, who owns the databases and runs the services' migrations. */
    String databaseOwner();

    String databaseOwnerPassword();

    String bootstrapServers();

    /** A client configuration logged in as the broker's super user. */
    Map<String, Object> kafkaOperatorConfig();

    /** The registry's v3 REST API, with the BACKWARD rule set globally. */
    String registryUrl();

    @Override
    void close();
}
