package dev.microcred.status.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.microcred.schemas.CredentialStatus;
import dev.microcred.schemas.RevocationReason;
import dev.microcred.status.Events;
import org.junit.jupiter.api.Test;

/** A view handed from one instance to another arrives unchanged, so both build the same public answer. */
class StoredStatusTest {
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void aRevokedViewWithADateSurvivesTheTripBetweenInstances() throws Exception {
        //Given the store holds a revoked credential with a validUntil day (seed credential 5)
        CredentialStatus stored = Events.viewAfter(Events.issued(Events.ENGLISH_TEST, 7),
                Events.revoked(Events.ENGLISH_TEST, 8, RevocationReason.FRAUD));

        //When the owner sends it as JSON and the asking instance reads it back
        String sent = json.writeValueAsString(StoredStatus.of(stored));
        CredentialStatus received = json.readValue(sent, StoredStatus.class).toView();

        //Then every field is as stored
        assertEquals(stored, received);
    }

    @Test
    void aSupersededViewKeepsItsReplacementForTheInternalApi() throws Exception {
        CredentialStatus stored = Events.viewAfter(Events.issued(Events.LAMBDA_DEEP_DIVE, 41),
                Events.superseded(Events.LAMBDA_DEEP_DIVE, 43, Events.LAMBDA_DEEP_DIVE_V2));

        CredentialStatus received = json.readValue(json.writeValueAsString(StoredStatus.of(stored)), StoredStatus.class)
                .toView();

        assertEquals(stored, received);
    }
}
