package dev.microcred.schemas;

import com.microsoft.kiota.ApiException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;

/**
 * Tells a registry that is away from a record that is bad, when reading a value fails. The
 * difference decides between retrying the batch (nothing is skipped) and rejecting the record.
 * Only one registry answer is about the record itself: 404, no schema with the record's id. Any
 * other status (5xx, but also 401/403 of a misconfigured client) and any transport failure
 * (connection refused, timeout, the Vert.x/Netty stack under the registry client) is an outage:
 * rejecting on those would empty the topic onto its rejection topic during a registry restart.
 * Both consumers of registry-framed input use it: issuer-service's ingress and the forwarder's feed.
 */
public final class RegistryOutage {

    private RegistryOutage() {
    }

    /**
     * The registry answered that it has no schema with the record's id. For a topic only our own
     * services write, that is no bad record: the registry lost a schema they registered (restored
     * from an older backup, or the wrong registry), and every record of that schema would fail alike.
     */
    public static boolean lacksSchema(Throwable failure) {
        return Causes.first(failure, t -> t instanceof ApiException)
                .map(t -> ((ApiException) t).getResponseStatusCode() == 404).orElse(false);
    }

    public static boolean explains(Throwable failure) {
        return Causes.first(failure, t -> t instanceof ApiException || transport(t))
                .map(t -> !(t instanceof ApiException) || ((ApiException) t).getResponseStatusCode() != 404).orElse(false);
    }

    private static boolean transport(Throwable t) {
        return t instanceof SocketException || t instanceof SocketTimeoutException || t instanceof UnknownHostException
                || t instanceof HttpTimeoutException || t instanceof TimeoutException || transportStack(t);
    }

    private static boolean transportStack(Throwable t) {
        String name = t.getClass().getName();
        return name.startsWith("io.netty.") || name.startsWith("io.vertx.");
    }
}
