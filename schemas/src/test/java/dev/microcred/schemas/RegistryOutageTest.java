package dev.microcred.schemas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.kiota.ApiException;
import java.io.EOFException;
import java.net.ConnectException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** The chains below are what the Apicurio 3 serde actually throws (observed against a stub registry). */
class RegistryOutageTest {

    @Test
    void registryThatRefusesConnectionsIsAnOutage() {
        Throwable refused = new RuntimeException(new RuntimeException(new ExecutionException(
                new ConnectException("Connection refused"))));

        assertTrue(RegistryOutage.explains(refused));
    }

    @Test
    void registryAnsweringAServerErrorOrRefusingTheClientIsAnOutage() {
        assertTrue(RegistryOutage.explains(new RuntimeException(registryAnswered(503))));
        assertTrue(RegistryOutage.explains(new RuntimeException(registryAnswered(401))));
    }

    @Test
    void unknownSchemaIdIsTheRecordsFault() {
        assertFalse(RegistryOutage.explains(new RuntimeException(registryAnswered(404))));
    }

    @Test
    void bytesThatDoNotDecodeAreTheRecordsFault() {
        assertFalse(RegistryOutage.explains(new IllegalStateException("artifact reference cannot be null")));
        assertFalse(RegistryOutage.explains(new IllegalStateException(new EOFException())));
    }

    private static ApiException registryAnswered(int status) {
        return new ApiException("status " + status) {
            {
                setResponseStatusCode(status);
            }
        };
    }
}
