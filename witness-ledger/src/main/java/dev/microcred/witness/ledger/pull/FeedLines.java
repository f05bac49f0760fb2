package dev.microcred.witness.ledger.pull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Parses an {@code application/x-ndjson} feed answer, {@code {"cursor":"..","delta":{..}}} per line. */
public final class FeedLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedLines() {
    }

    public static List<FeedLine> parse(String body) throws IOException {
        List<FeedLine> lines = new ArrayList<>();
        for (String text : body.split("\n")) {
            if (text.isBlank()) {
                continue;
            }
            JsonNode line;
            try {
                line = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new IOException("a feed line is not JSON: " + e.getOriginalMessage());
            }
            JsonNode cursor = line.get("cursor");
            if (cursor == null || !cursor.isValueNode() || cursor.asText().isEmpty() || !line.has("delta")) {
                throw new IOException("a feed line lacks its cursor or delta");
            }
            lines.add(new FeedLine(cursor.asText(), line.get("delta")));
        }
        return lines;
    }
}
