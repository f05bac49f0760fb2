package dev.microcred.talent.facts.persistence;

import dev.microcred.talent.db.StorageException;
import dev.microcred.talent.facts.CredentialFacts;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The credential_facts table: the latest delta per hash. */
@ApplicationScoped
public class FactsTable {

    private static final String COLUMNS = "hash, issuer_id, issuer_domain, state, document_type, credential_code, level,"
            + " issued_at, valid_until, changed_at, issuer_sequence";

    private final AgroalDataSource db;

    FactsTable(AgroalDataSource db) {
        this.db = db;
    }

    /**
     * Upserts on the connection of the caller's transaction. A delta read twice, or an older one read after a newer
     * (a redelivery), changes nothing: only a higher issuer sequence replaces a row.
     */
    public void apply(Connection connection, List<CredentialFacts> deltas) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("insert into credential_facts (" + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (hash) do update set"
                + " issuer_id = excluded.issuer_id, issuer_domain = excluded.issuer_domain, state = excluded.state,"
                + " document_type = excluded.document_type, credential_code = excluded.credential_code,"
                + " level = excluded.level, issued_at = excluded.issued_at, valid_until = excluded.valid_until,"
                + " changed_at = excluded.changed_at, issuer_sequence = excluded.issuer_sequence"
                + " where credential_facts.issuer_sequence < excluded.issuer_sequence")) {
            for (CredentialFacts f : deltas) {
                upsert.setString(1, f.hash());
                upsert.setString(2, f.issuerId());
                upsert.setString(3, f.issuerDomain());
                upsert.setString(4, f.state());
                upsert.setString(5, f.documentType());
                upsert.setString(6, f.credentialCode());
                upsert.setString(7, f.level());
                upsert.setTimestamp(8, Timestamp.from(f.issuedAt()));
                upsert.setDate(9, f.validUntil() == null ? null : Date.valueOf(f.validUntil()));
                upsert.setTimestamp(10, Timestamp.from(f.changedAt()));
                upsert.setLong(11, f.issuerSequence());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    public Map<String, CredentialFacts> of(Collection<String> hashes) {
        Map<String, CredentialFacts> found = new HashMap<>();
        if (hashes.isEmpty()) {
            return found;
        }
        try (Connection connection = db.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select " + COLUMNS + " from credential_facts where hash = any(?)")) {
            select.setArray(1, connection.createArrayOf("bpchar", hashes.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    CredentialFacts f = read(row);
                    found.put(f.hash(), f);
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    private static CredentialFacts read(ResultSet row) throws SQLException {
        Date validUntil = row.getDate(9);
        return new CredentialFacts(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getTimestamp(8).toInstant(),
                validUntil == null ? null : validUntil.toLocalDate(), row.getTimestamp(10).toInstant(), row.getLong(11));
    }
}
