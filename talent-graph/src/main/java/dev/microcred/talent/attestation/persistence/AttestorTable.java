package dev.microcred.talent.attestation.persistence;

import dev.microcred.talent.attestation.Attestor;
import dev.microcred.talent.db.StorageException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The attestors a holder named for one held attestation, in order; replaced whole, in one transaction. */
@ApplicationScoped
public class AttestorTable {

    private final AgroalDataSource db;

    AttestorTable(AgroalDataSource db) {
        this.db = db;
    }

    public void replace(UUID portfolio, String hash, List<Attestor> attestors) {
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement(
                    "select 1 from holding where portfolio_id = ? and hash = ? for update");
                    PreparedStatement delete = connection.prepareStatement(
                    "delete from attestor where portfolio_id = ? and hash = ?");
                    PreparedStatement insert = connection.prepareStatement("insert into attestor (portfolio_id, hash,"
                            + " position, credential_hash, relationship, claim) values (?, ?, ?, ?, ?, ?)")) {
                // Two replacements of one chain at once take turns, instead of both inserting the same positions.
                lock.setObject(1, portfolio);
                lock.setString(2, hash);
                lock.executeQuery().close();
                delete.setObject(1, portfolio);
                delete.setString(2, hash);
                delete.executeUpdate();
                for (int i = 0; i < attestors.size(); i++) {
                    Attestor a = attestors.get(i);
                    insert.setObject(1, portfolio);
                    insert.setString(2, hash);
                    insert.setInt(3, i);
                    insert.setString(4, a.credentialHash());
                    insert.setString(5, a.relationship());
                    insert.setString(6, a.claim());
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    public List<Attestor> of(UUID portfolio, String hash) {
        try (Connection connection = db.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select credential_hash, relationship, claim from attestor where portfolio_id = ? and hash = ?"
                        + " order by position")) {
            select.setObject(1, portfolio);
            select.setString(2, hash);
            List<Attestor> attestors = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    attestors.add(new Attestor(row.getString(1), row.getString(2), row.getString(3)));
                }
            }
            return attestors;
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }
}
