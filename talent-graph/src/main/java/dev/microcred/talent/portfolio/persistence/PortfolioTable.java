package dev.microcred.talent.portfolio.persistence;

import dev.microcred.talent.db.Statements;
import dev.microcred.talent.db.StorageException;
import dev.microcred.talent.facts.Status;
import dev.microcred.talent.portfolio.Claims;
import dev.microcred.talent.portfolio.Holding;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Portfolios, their holdings and share links. Deleting a portfolio deletes all of them (cascade): erasure. */
@ApplicationScoped
public class PortfolioTable {

    private final AgroalDataSource db;
    private final Statements statements;

    PortfolioTable(AgroalDataSource db) {
        this.db = db;
        this.statements = new Statements(db);
    }

    /** @param discoveryId the id searchers know it by, or null when the holder does not want to be found */
    public void create(UUID id, byte[] tokenDigest, String discoveryId, Instant now) {
        statements.update("insert into portfolio (id, token_digest, discovery_id, created_at) values (?, ?, ?, ?)",
                id, tokenDigest, discoveryId, Timestamp.from(now));
    }

    public Optional<UUID> byTokenDigest(byte[] digest) {
        return statements.first("select id from portfolio where token_digest = ?", row -> row.getObject(1, UUID.class), digest);
    }

    /** @return whether the portfolio existed */
    public boolean delete(UUID id) {
        return statements.update("delete from portfolio where id = ?", id) > 0;
    }

    /** @return false when the portfolio already holds this hash (nothing is changed then) */
    public boolean add(UUID portfolio, Holding h) {
        Claims c = h.claims();
        return statements.update("insert into holding (portfolio_id, hash, verify_line, issuer_id, title, credits, credit_unit,"
                + " category, text, status_when_added, added_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict do nothing", portfolio, h.hash(), h.verifyLine(), h.issuerId(), c.title().orElse(null),
                c.credits().orElse(null), c.creditUnit().orElse(null), c.category().orElse(null), h.text().orElse(null),
                h.statusWhenAdded().name(), Timestamp.from(h.addedAt())) > 0;
    }

    /** Keeps, or forgets, a held credential's text: the holder's latest consent decides. */
    public void keepText(UUID portfolio, String hash, Optional<String> text) {
        statements.update("update holding set text = ? where portfolio_id = ? and hash = ?", text.orElse(null), portfolio, hash);
    }

    public boolean remove(UUID portfolio, String hash) {
        return statements.update("delete from holding where portfolio_id = ? and hash = ?", portfolio, hash) > 0;
    }

    private static final String HOLDING_COLUMNS = "hash, verify_line, issuer_id, title, credits, credit_unit, category,"
            + " text, status_when_added, added_at";

    public List<Holding> holdings(UUID portfolio) {
        return statements.all("select " + HOLDING_COLUMNS + " from holding where portfolio_id = ? order by added_at, hash",
                PortfolioTable::holding, portfolio);
    }

    /** One held credential, without reading the rest of the portfolio. */
    public Optional<Holding> holding(UUID portfolio, String hash) {
        return statements.first("select " + HOLDING_COLUMNS + " from holding where portfolio_id = ? and hash = ?",
                PortfolioTable::holding, portfolio, hash);
    }

    /** The holdings of many portfolios in one query, each portfolio's in the order {@link #holdings(UUID)} gives. */
    public Map<UUID, List<Holding>> holdings(Collection<UUID> portfolios) {
        Map<UUID, List<Holding>> byPortfolio = new HashMap<>();
        if (portfolios.isEmpty()) {
            return byPortfolio;
        }
        try (Connection connection = db.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select " + HOLDING_COLUMNS + ", portfolio_id from holding where portfolio_id = any(?)"
                        + " order by added_at, hash")) {
            select.setArray(1, connection.createArrayOf("uuid", portfolios.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    byPortfolio.computeIfAbsent(row.getObject(11, UUID.class), id -> new ArrayList<>()).add(holding(row));
                }
            }
            return byPortfolio;
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    public void share(String shareId, UUID portfolio, Instant now) {
        statements.update("insert into share_link (id, portfolio_id, created_at) values (?, ?, ?)", shareId, portfolio,
                Timestamp.from(now));
    }

    public List<String> shares(UUID portfolio) {
        return statements.all("select id from share_link where portfolio_id = ? order by created_at", row -> row.getString(1), portfolio);
    }

    public boolean withdraw(UUID portfolio, String shareId) {
        return statements.update("delete from share_link where portfolio_id = ? and id = ?", portfolio, shareId) > 0;
    }

    public Optional<UUID> sharedBy(String shareId) {
        return statements.first("select portfolio_id from share_link where id = ?", row -> row.getObject(1, UUID.class), shareId);
    }

    private static Holding holding(ResultSet row) throws SQLException {
        Claims claims = new Claims(Optional.ofNullable(row.getString(4)), Optional.ofNullable(row.getBigDecimal(5))
                .map(BigDecimal::stripTrailingZeros), Optional.ofNullable(row.getString(6)),
                Optional.ofNullable(row.getString(7)));
        return new Holding(row.getString(1), row.getString(2), row.getString(3), claims,
                Optional.ofNullable(row.getString(8)), Status.valueOf(row.getString(9)), row.getTimestamp(10).toInstant());
    }
}
