package dev.microcred.forwarder.witness.persistence;

import dev.microcred.forwarder.witness.DuplicateWitnessException;
import dev.microcred.forwarder.witness.Witness;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Table witness and the cursor rows created with it (position 0: a witness registered later
 * receives the whole history). The push secret is read only by the push worker that signs with it.
 * An unregistered witness keeps its row, without secrets, and is no longer found.
 */
@ApplicationScoped
public class WitnessStore {
    private static final String COLUMNS = "id, display_name, jurisdictions, push_url, feed_token_sha256 is not null";
    private static final String REGISTERED = " unregistered_at is null";

    private final DataSource db;

    WitnessStore(DataSource db) {
        this.db = db;
    }

    public void insert(Witness w, String pushSecret, String feedTokenSha256) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into witness (id, display_name, jurisdictions,"
                    + " push_url, push_secret, feed_token_sha256) values (?, ?, ?, ?, ?, ?) on conflict (id) do nothing")) {
                insert.setString(1, w.id());
                insert.setString(2, w.displayName());
                insert.setArray(3, c.createArrayOf("text", w.jurisdictions().toArray()));
                insert.setString(4, w.pushUrl().map(URI::toString).orElse(null));
                insert.setString(5, pushSecret);
                insert.setString(6, feedTokenSha256);
                if (insert.executeUpdate() == 0) {
                    c.rollback();
                    throw new DuplicateWitnessException(w.id());
                }
                execute(c, "insert into push_cursor (witness_id) values (?)", w.id());
                execute(c, "insert into pull_cursor (witness_id) values (?)", w.id());
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not register witness " + w.id(), e);
        }
    }

    public Optional<Witness> find(String id) {
        List<Witness> found = query("select " + COLUMNS + " from witness where id = ? and" + REGISTERED, id);
        return found.stream().findFirst();
    }

    public List<Witness> all() {
        return query("select " + COLUMNS + " from witness where" + REGISTERED + " order by id");
    }

    /** The witness whose feed token, or whose previous one still in its overlap, has this SHA-256. */
    public Optional<String> idByFeedToken(String sha256) {
        return query("select " + COLUMNS + " from witness where" + REGISTERED + " and (feed_token_sha256 = ?"
                + " or (previous_feed_token_sha256 = ? and previous_feed_token_until > now()))", sha256, sha256).stream()
                .map(Witness::id).findFirst();
    }

    /** Wipes the witness's secrets and hides it; false if there is no such registered witness. */
    public boolean unregister(String id) {
        return update("update witness set unregistered_at = now(), push_secret = null, feed_token_sha256 = null,"
                + " previous_feed_token_sha256 = null, previous_feed_token_until = null where id = ? and" + REGISTERED,
                id) == 1;
    }

    /**
     * Makes {@code newSha256} the feed token and keeps the current one valid for {@code overlapSeconds}
     * more; false if the witness is not a registered pull witness.
     */
    public boolean rotateFeedToken(String id, String newSha256, long overlapSeconds) {
        return update("update witness set previous_feed_token_sha256 = feed_token_sha256,"
                + " previous_feed_token_until = now() + make_interval(secs => ?::bigint), feed_token_sha256 = ?"
                + " where id = ? and" + REGISTERED + " and feed_token_sha256 is not null",
                Long.toString(overlapSeconds), newSha256, id) == 1;
    }

    /** Signs the witness's next pushes with {@code secret}; false if it is not a registered push witness. */
    public boolean replacePushSecret(String id, String secret) {
        return update("update witness set push_secret = ? where id = ? and" + REGISTERED + " and push_url is not null",
                secret, id) == 1;
    }

    public String pushSecret(String id) {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("select push_secret from witness where id = ? and" + REGISTERED)) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    throw new IllegalStateException("witness " + id + " has no push secret");
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the push secret of " + id, e);
        }
    }

    private List<Witness> query(String sql, String... params) {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setString(i + 1, params[i]);
            }
            List<Witness> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String url = rs.getString(4);
                    rows.add(new Witness(rs.getString(1), rs.getString(2),
                            Arrays.asList((String[]) rs.getArray(3).getArray()),
                            Optional.ofNullable(url).map(URI::create), rs.getBoolean(5)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read witnesses", e);
        }
    }

    private int update(String sql, String... params) {
        try (Connection c = db.getConnection(); PreparedStatement u = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                u.setString(i + 1, params[i]);
            }
            return u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not change witness " + params[params.length - 1], e);
        }
    }

    private static void execute(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            s.executeUpdate();
        }
    }
}
