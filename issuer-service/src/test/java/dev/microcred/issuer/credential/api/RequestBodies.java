package dev.microcred.issuer.credential.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;

/**
 * The seed request bodies of {@code seed/requests/}, read with a plain Jackson mapper. Unlike
 * Quarkus' mapper it fails on unknown properties, so a typo in a test body cannot go unnoticed.
 */
final class RequestBodies {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private RequestBodies() {
    }

    /** The body as a tree, to be changed by a test before it is read. */
    static ObjectNode seedBody(String name) throws IOException {
        try (InputStream in = RequestBodies.class.getResourceAsStream("/seed/requests/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("missing request body " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        }
    }

    static IssueCredentialRequest read(JsonNode body) throws IOException {
        return JSON.treeToValue(body, IssueCredentialRequest.class);
    }
}
