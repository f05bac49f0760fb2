package dev.microcred.talent.it;

import dev.microcred.schemas.Topics;
import static dev.microcred.talent.it.Fixtures.bearer;
import static dev.microcred.talent.it.Fixtures.hashOf;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.microcred.talent.issuers.IssuerTable;
import dev.microcred.talent.support.IssuerDomains;
import dev.microcred.talent.support.Seed;
import dev.microcred.talent.support.Topic;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Personal data stays where the holder put it: in their portfolio, only with consent, and gone when the portfolio is
 * erased. Nothing of it reaches a topic or the log, even when the issuer refuses the text.
 */
@QuarkusTest
class PrivacyTest {

    private static final List<String> PERSONAL = List.of("james.chen@email.com", "James Chen", "Michael Torres",
            "7891234-308-PERSONAL");

    @Inject
    IssuerTable issuers;

    @Inject
    AgroalDataSource db;

    @Test
    void aHoldersTextLeavesNoTraceInTopicsOrLogsAndErasureRemovesItFromTheDatabase() throws Exception {
        Fixtures.seedIssuers(issuers);
        String lambda = Seed.html(1);
        IssuerDomains.answer("aws.training", hashOf(lambda), "OK");
        String holder = Fixtures.newHolder(true);
        add(holder, lambda).then().statusCode(201);
        add(holder, Seed.html(2).replace("7891234-308", "7891234-308-PERSONAL")).then().statusCode(422);
        assertEquals(1, rowsMentioning("james.chen@email.com"), "kept with consent");

        given().header("Authorization", bearer(holder)).delete("/api/v1/portfolios/mine").then().statusCode(204);

        assertEquals(0, rowsMentioning("james.chen@email.com"));
        String log = Files.readString(Path.of("target/talent-graph-test.log"), StandardCharsets.UTF_8);
        String rejected = Topic.readAll(Topics.Rejections.TALENT_GRAPH_REJECTED.topic()).stream()
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).reduce("", String::concat);
        for (String personal : PERSONAL) {
            assertFalse(log.contains(personal), "the log mentions " + personal);
            assertFalse(rejected.contains(personal), "talent-graph-rejected mentions " + personal);
        }
    }

    private static io.restassured.response.Response add(String holder, String text) {
        return given().header("Authorization", bearer(holder)).contentType(ContentType.JSON)
                .body(Map.of("text", text, "keepText", true)).post("/api/v1/portfolios/mine/credentials");
    }

    private int rowsMentioning(String value) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement count = c.prepareStatement(
                "select count(*) from holding where text like ? or title like ?")) {
            count.setString(1, "%" + value + "%");
            count.setString(2, "%" + value + "%");
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
