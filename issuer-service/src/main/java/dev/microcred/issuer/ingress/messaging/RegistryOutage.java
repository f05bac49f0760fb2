package dev.microcred.issuer.ingress.messaging;

import com.microsoft.kiota.ApiException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;

/**
 * Tells a registry that is away from a record that is bad, when reading a value fails: the first
 * is retried (nothing skipped), the second rejected. Only a 404 (no schema with the record's id)
 * is about the record; any other status and any transport failure is an outage, or a registry
 * restart would empty the topic onto the rejection topic. (The rule of witness-forwarder's copy.)
 */
final class RegistryOutage {
    private static final int MAX_CAUSES = 20;

    private RegistryOutage() {
    }

    static boolean explains(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof ApiException) {
                return ((ApiException) t).getResponseStatusCode() != 404;
            }
            if (t instanceof SocketException || t instanceof SocketTimeoutException || t instanceof UnknownHostException
                    || t instanceof HttpTimeoutException || t instanceof TimeoutException || transportStack(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean transportStack(Throwable t) {
        String name = t.getClass().getName();
        return name.startsWith("io.netty.") || name.startsWith("io.vertx.");
    }
}
