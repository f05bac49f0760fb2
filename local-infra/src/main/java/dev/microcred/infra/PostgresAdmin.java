package dev.microcred.infra;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What a superuser sets up for the services: their databases and login roles, each made once. */
public final class PostgresAdmin {
    private PostgresAdmin() {
    }

    /** Creates the database unless it exists. */
    public static void database(Connection superuser, String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("a database name of lower-case letters, digits and _");
        }
        try (Statement s = superuser.createStatement();
                ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
            if (!rs.next()) {
                s.execute("create database \"" + name + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    /**
     * Creates a login role unless it exists, with this password either way: a service's runtime
     * role, which the service's migrations then grant what it needs.
     */
    public static void loginRole(Connection superuser, String name, String password) {
        if (!name.matches("[a-z_][a-z0-9_]*") || password.contains("'")) {
            throw new IllegalArgumentException("a role name of lower-case letters, digits and _; a password without '");
        }
        try (Statement s = superuser.createStatement()) {
            boolean exists;
            try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = '" + name + "'")) {
                exists = rs.next();
            }
            s.execute((exists ? "alter role " : "create role ") + name + " login password '" + password + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create role " + name, e);
        }
    }
}
