package dev.microcred.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Real PostgreSQL binaries (from Maven Central, via zonky) on 127.0.0.1. With a data directory
 * the cluster survives restarts, which the local stack relies on; tests pass a fresh folder.
 */
public final class PostgresServer implements AutoCloseable {
    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static PostgresServer start(Path dataDirectory, int port) {
        try {
            return new PostgresServer(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates the database unless it exists, and returns its JDBC URL. */
    public String database(String name) {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            PostgresAdmin.database(c, name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not reach PostgreSQL", e);
        }
        return jdbcUrl(name);
    }

    /** Creates a login role unless it exists, with this password either way (see {@link PostgresAdmin}). */
    public void loginRole(String name, String password) {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            PostgresAdmin.loginRole(c, name, password);
        } catch (SQLException e) {
            throw new IllegalStateException("could not reach PostgreSQL", e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** The superuser the embedded cluster is initialised with. */
    public String user() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
