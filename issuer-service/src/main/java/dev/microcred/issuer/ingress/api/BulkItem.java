package dev.microcred.issuer.ingress.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One completion of a bulk request, at its position: the completion id and the issue body
 * without it, or, when the item could not even be read, why ({@code unreadable}).
 */
record BulkItem(int index, String completionId, JsonNode body, String unreadable) {

    static BulkItem unreadable(int index, String completionId, String reason) {
        return new BulkItem(index, completionId, null, reason);
    }
}
