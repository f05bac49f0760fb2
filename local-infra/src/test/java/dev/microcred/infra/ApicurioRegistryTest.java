package dev.microcred.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApicurioRegistryTest {

    @Test
    void theRegistryStartsWithTheBackwardRuleOnEverySubject(@TempDir Path dir) throws Exception {
        try (ApicurioRegistry registry = ApicurioRegistry.start(FreePort.pick(), dir.resolve("registry.log"))) {
            HttpResponse<String> rule = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(registry.apiUrl() + "/admin/rules/COMPATIBILITY")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, rule.statusCode());
            assertTrue(rule.body().contains("BACKWARD"), rule.body());
        }
    }
}
