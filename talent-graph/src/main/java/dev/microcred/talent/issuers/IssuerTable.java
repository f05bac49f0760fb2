package dev.microcred.talent.issuers;

import dev.microcred.talent.db.StorageException;
import dev.microcred.talent.portfolio.OurIssuers;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The issuer table, from the issuers topic. A verify line belongs to the issuer whose domain it names and whose base
 * path its path is, or lies under (status-stream answers at {@code <base path>[/<segment>]/<hash>}); of two bases on
 * one domain the longer wins.
 */
@ApplicationScoped
public class IssuerTable implements OurIssuers {

    private final AgroalDataSource db;

    IssuerTable(AgroalDataSource db) {
        this.db = db;
    }

    /** On the caller's transaction; an older profile read after a newer one changes nothing. */
    public void apply(Connection connection, String issuerId, String domain, String basePath, Instant updatedAt)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("insert into issuer (issuer_id, domain, base_path,"
                + " updated_at) values (?, ?, ?, ?) on conflict (issuer_id) do update set domain = excluded.domain,"
                + " base_path = excluded.base_path, updated_at = excluded.updated_at"
                + " where issuer.updated_at <= excluded.updated_at")) {
            upsert.setString(1, issuerId);
            upsert.setString(2, domain.toLowerCase(java.util.Locale.ROOT));
            upsert.setString(3, basePath);
            upsert.setTimestamp(4, Timestamp.from(updatedAt));
            upsert.executeUpdate();
        }
    }

    @Override
    public Optional<String> issuerAt(String domain, String path) {
        try (Connection connection = db.getConnection();
                PreparedStatement select = connection.prepareStatement("select issuer_id from issuer where domain = ?"
                        + " and (base_path = '' or ? = base_path or starts_with(?, base_path || '/'))"
                        + " order by length(base_path) desc limit 1")) {
            select.setString(1, domain.toLowerCase(java.util.Locale.ROOT));
            select.setString(2, path);
            select.setString(3, path);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }
}
