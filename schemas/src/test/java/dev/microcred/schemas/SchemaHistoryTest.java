package dev.microcred.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every value schema on a topic must stay BACKWARD compatible with the last version committed
 * under {@code schemas/history/<subject>/v<N>.avsc}: consumers on the new schema must read
 * everything already on the topics. Changing a schema therefore means adding the next version
 * file, which this test demands.
 */
class SchemaHistoryTest {

    private static final Path HISTORY = Path.of(System.getProperty("schemas.history.dir", "history"));

    @ParameterizedTest
    @EnumSource(Topics.class)
    void currentSchemaReadsEverythingTheLastCommittedVersionWrote(Topics topic) throws IOException {
        // Given the last committed version of the topic's value schema
        Schema committed = lastCommitted(topic);
        // When the current schema reads data written with it
        var result = SchemaCompatibility.checkReaderWriterCompatibility(topic.valueSchema(), committed);
        // Then nothing is incompatible
        assertEquals(SchemaCompatibilityType.COMPATIBLE, result.getType(),
                topic.valueSubject() + " is not backward compatible: " + result.getResult().getIncompatibilities());
    }

    @ParameterizedTest
    @EnumSource(Topics.class)
    void aChangedSchemaIsCommittedAsTheNextVersion(Topics topic) throws IOException {
        long current = SchemaNormalization.parsingFingerprint64(topic.valueSchema());
        long committed = SchemaNormalization.parsingFingerprint64(lastCommitted(topic));
        assertEquals(committed, current, "schema of " + topic.valueSubject() + " changed: add "
                + HISTORY.resolve(topic.valueSubject()).resolve("v" + (versions(topic).size() + 1) + ".avsc")
                + " with " + topic.valueSchema().getFullName() + ".getClassSchema().toString(true)");
    }

    @Test
    void aFieldAddedWithoutDefaultIsDetectedAsIncompatible() {
        // Given the committed event schema and a variant with a new required field
        Schema original = CredentialStatus.getClassSchema();
        String json = original.toString().replaceFirst("\"fields\":\\[",
                "\"fields\":[{\"name\":\"holderName\",\"type\":\"string\"},");
        Schema broken = new Schema.Parser().parse(json);
        // When the broken variant reads old data, Then the check reports it
        var result = SchemaCompatibility.checkReaderWriterCompatibility(broken, original);
        assertEquals(SchemaCompatibilityType.INCOMPATIBLE, result.getType());
    }

    @Test
    void everyTopicHasAHistory() throws IOException {
        for (Topics topic : Topics.values()) {
            assertFalse(versions(topic).isEmpty(), "no history for " + topic.valueSubject());
        }
        assertTrue(Files.isDirectory(HISTORY));
    }

    private static Schema lastCommitted(Topics topic) throws IOException {
        List<Path> versions = versions(topic);
        assertFalse(versions.isEmpty(), "no committed version of " + topic.valueSubject() + " in " + HISTORY);
        return new Schema.Parser().parse(versions.get(versions.size() - 1).toFile());
    }

    private static List<Path> versions(Topics topic) throws IOException {
        Path dir = HISTORY.resolve(topic.valueSubject());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("v\\d+\\.avsc"))
                    .sorted(Comparator.comparingInt(SchemaHistoryTest::versionNumber))
                    .toList();
        }
    }

    private static int versionNumber(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf('.')));
    }
}
