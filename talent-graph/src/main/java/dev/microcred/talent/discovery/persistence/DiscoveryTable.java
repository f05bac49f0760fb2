package dev.microcred.talent.discovery.persistence;

import dev.microcred.talent.db.Statements;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Which portfolios may be found, by which discovery id, and the coarse filter of a team search. */
@ApplicationScoped
public class DiscoveryTable {

    private final Statements statements;

    DiscoveryTable(AgroalDataSource db) {
        this.statements = new Statements(db);
    }

    /**
     * Makes the portfolio findable under the id it has, or else under {@code newId}, in one statement (two
     * opt-ins at once agree on the id); answers that id.
     */
    public Optional<String> optIn(UUID portfolio, String newId) {
        return statements.first("update portfolio set discovery_id = coalesce(discovery_id, ?) where id = ?"
                + " returning discovery_id", row -> row.getString(1), newId, portfolio);
    }

    /** The holder no longer wants to be found: the id goes, so old results lead nowhere. */
    public void optOut(UUID portfolio) {
        statements.update("update portfolio set discovery_id = null where id = ?", portfolio);
    }

    public Optional<String> discoveryId(UUID portfolio) {
        return statements.first("select discovery_id from portfolio where id = ? and discovery_id is not null",
                row -> row.getString(1), portfolio);
    }

    public Optional<UUID> byDiscoveryId(String discoveryId) {
        return statements.first("select id from portfolio where discovery_id = ?", row -> row.getObject(1, UUID.class),
                discoveryId);
    }

    /** A discoverable portfolio the coarse filter found. */
    public record Discovered(UUID id, String discoveryId) {
    }

    /**
     * Discoverable portfolios that may meet every requirement: each credential code held by a credential the status
     * stream last called VALID, each skill in a held credential's title. A coarse filter; levels, ages and expiry
     * are then checked exactly on the few it returns. With more than {@code limit}, which of them is arbitrary.
     *
     * @param codes  credential codes, one per requirement that names one
     * @param skills title words, one per requirement that names a skill
     */
    public List<Discovered> candidates(List<String> codes, List<String> skills, int limit) {
        // Each requirement's holders as a set (a code's through the indexes on facts and holdings; a skill's by a scan
        // of the titles), intersected: a scan of every discoverable portfolio with a lookup per requirement took
        // seconds at 100,000 portfolios.
        List<String> sets = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (String code : codes) {
            sets.add("select h.portfolio_id from credential_facts f join holding h on h.hash = f.hash"
                    + " where lower(f.credential_code) = lower(?) and f.state = 'VALID'");
            parameters.add(code);
        }
        for (String skill : skills) {
            sets.add("select portfolio_id from holding where title ilike ?");
            parameters.add("%" + skill.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        parameters.add(limit);
        return statements.all("select p.id, p.discovery_id from portfolio p join (" + String.join(" intersect ", sets)
                + ") matched on matched.portfolio_id = p.id where p.discovery_id is not null limit ?",
                row -> new Discovered(row.getObject(1, UUID.class), row.getString(2)), parameters.toArray());
    }
}
