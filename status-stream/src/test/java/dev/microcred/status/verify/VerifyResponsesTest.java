package dev.microcred.status.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.schemas.CredentialState;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The verify answers as HTTP (protocol section 5). Clients compare the trimmed body exactly, so the
 * constant bodies must be byte for byte what Jackson wrote for {@code Map.of("status", X)} before they
 * were constants; and the headers decide CORS and caching.
 */
class VerifyResponsesTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();
    private static final Map<String, String> PUBLIC_STATUS = Map.of("Access-Control-Allow-Origin", "*",
            "Vary", "Accept, Host, X-Forwarded-Host", "Cache-Control", "public, max-age=30");

    @Test
    void validAnswersTheJsonJacksonWroteForOk() throws JsonProcessingException {
        //Given a valid credential, asked for by a client that prefers JSON
        //When the answer becomes HTTP
        Response response = VerifyResponses.of(new VerifyAnswer.Valid(), MediaType.APPLICATION_JSON);

        //Then it is 200 {"status":"OK"}, exactly as serialized before
        assertEquals(200, response.getStatus());
        assertEquals("{\"status\":\"OK\"}", response.getEntity());
        assertEquals(JACKSON.writeValueAsString(Map.of("status", "OK")), response.getEntity());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals(PUBLIC_STATUS, headers(response, PUBLIC_STATUS));
    }

    @ParameterizedTest(name = "a changed credential answers the JSON Jackson wrote for {0}")
    @ValueSource(strings = {"EXPIRED", "SUPERSEDED", "REVOKED"})
    void changedAnswersTheJsonJacksonWroteForItsStatus(String status) throws JsonProcessingException {
        //Given an expired, superseded or revoked credential
        //When the answer becomes HTTP, even for a client that asks for plain text
        Response response = VerifyResponses.of(new VerifyAnswer.Changed(status), MediaType.TEXT_PLAIN);

        //Then it is 200 with the status as JSON, exactly as serialized before
        assertEquals(200, response.getStatus());
        assertEquals(JACKSON.writeValueAsString(Map.of("status", status)), response.getEntity());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals(PUBLIC_STATUS, headers(response, PUBLIC_STATUS));
    }

    @Test
    void everyStoredStateNameIsWrittenAsJacksonWouldWriteIt() throws JsonProcessingException {
        //Given every state a view can be in, including any a later schema adds
        for (CredentialState state : CredentialState.values()) {
            //Then its status body is what Jackson writes for it
            assertEquals(JACKSON.writeValueAsString(Map.of("status", state.name())), VerifyResponses.json(state.name()));
        }
    }

    @ParameterizedTest(name = "Accept ''{0}'' answers plain text OK")
    @ValueSource(strings = {"text/plain", "text/plain;q=0.9, */*;q=0.1"})
    void aClientAskingForPlainTextAndNotJsonHearsOk(String accept) {
        //When a valid answer becomes HTTP for a client that asks for plain text and not JSON
        Response response = VerifyResponses.of(new VerifyAnswer.Valid(), accept);

        //Then the body is exactly OK, as plain text
        assertEquals("OK", response.getEntity());
        assertEquals(MediaType.TEXT_PLAIN_TYPE, response.getMediaType());
        assertEquals(PUBLIC_STATUS, headers(response, PUBLIC_STATUS));
    }

    @ParameterizedTest(name = "Accept ''{0}'' answers JSON")
    @NullSource
    @ValueSource(strings = {"", "*/*", "application/json", "text/plain, application/json", "text/html"})
    void anyOtherClientHearsJson(String accept) {
        //When a valid answer becomes HTTP for a client that does not ask for plain text alone
        Response response = VerifyResponses.of(new VerifyAnswer.Valid(), accept);

        //Then the body is the JSON one
        assertEquals("{\"status\":\"OK\"}", response.getEntity());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
    }

    @Test
    void unknownIs404WithoutBodyAndNeverCached() {
        Response response = VerifyResponses.of(new VerifyAnswer.Unknown(), MediaType.APPLICATION_JSON);

        assertEquals(404, response.getStatus());
        assertEquals(null, response.getEntity());
        assertEquals(Map.of("Access-Control-Allow-Origin", "*", "Cache-Control", "no-store", "Vary", "<none>"),
                headers(response, Map.of("Access-Control-Allow-Origin", "", "Cache-Control", "", "Vary", "")));
    }

    @Test
    void notReadyIs503WithRetryAfterAndNeverCached() {
        Response response = VerifyResponses.of(new VerifyAnswer.NotReady(5), MediaType.APPLICATION_JSON);

        assertEquals(503, response.getStatus());
        assertEquals(null, response.getEntity());
        assertEquals(Map.of("Access-Control-Allow-Origin", "*", "Cache-Control", "no-store", "Retry-After", "5"),
                headers(response, Map.of("Access-Control-Allow-Origin", "", "Cache-Control", "", "Retry-After", "")));
    }

    @Test
    void metadataIsJsonThatCachesMayKeepFiveMinutes() {
        Map<String, Object> meta = Map.of("issuer", "AWS Training and Certification");
        Response response = VerifyResponses.metadata(meta);

        assertEquals(200, response.getStatus());
        assertEquals(meta, response.getEntity());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals(Map.of("Access-Control-Allow-Origin", "*", "Vary", "Accept, Host, X-Forwarded-Host",
                "Cache-Control", "public, max-age=300"), headers(response, PUBLIC_STATUS));
    }

    /** The first value of each named header, {@code <none>} where absent. */
    private static Map<String, String> headers(Response response, Map<String, String> names) {
        Map<String, String> values = new LinkedHashMap<>();
        names.keySet().forEach(name -> {
            String value = response.getHeaderString(name);
            values.put(name, value == null ? "<none>" : value);
        });
        return values;
    }
}
