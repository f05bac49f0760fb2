package dev.microcred.talent.pathway.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.talent.db.StorageException;
import dev.microcred.talent.pathway.Pathway;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Published pathways, steps kept as JSON. */
@ApplicationScoped
public class PathwayTable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Pathway.Step>> STEPS = new TypeReference<>() { };

    private final AgroalDataSource db;

    PathwayTable(AgroalDataSource db) {
        this.db = db;
    }

    public void publish(Pathway pathway, Instant now) {
        try (Connection connection = db.getConnection(); PreparedStatement upsert = connection.prepareStatement(
                "insert into pathway (id, name, steps, updated_at) values (?, ?, ?, ?) on conflict (id) do update"
                        + " set name = excluded.name, steps = excluded.steps, updated_at = excluded.updated_at")) {
            upsert.setString(1, pathway.id());
            upsert.setString(2, pathway.name());
            upsert.setString(3, JSON.writeValueAsString(pathway.steps()));
            upsert.setTimestamp(4, Timestamp.from(now));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException(e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("steps always serialize", e);
        }
    }

    public Optional<Pathway> find(String id) {
        return select("select id, name, steps from pathway where id = ?", id).stream().findFirst();
    }

    public List<Pathway> all() {
        return select("select id, name, steps from pathway order by id", null);
    }

    private List<Pathway> select(String sql, String id) {
        try (Connection connection = db.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            if (id != null) {
                select.setString(1, id);
            }
            List<Pathway> found = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.add(new Pathway(row.getString(1), row.getString(2), JSON.readValue(row.getString(3), STEPS)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StorageException(e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored steps are always JSON", e);
        }
    }
}
