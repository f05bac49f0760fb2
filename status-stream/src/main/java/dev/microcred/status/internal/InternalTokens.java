package dev.microcred.status.internal;

import dev.microcred.support.access.BearerTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two kinds of callers, two tokens: the issuer's own tools read whole views at
 * {@code /internal/v1/status} ({@code status.tools-token}), and instances ask each other at
 * {@code /internal/v1/lookup} ({@code status.peer-token}, the same on every instance). A tools
 * token that leaks does not let its holder pose as an instance, and each is rotated on its own.
 */
@ApplicationScoped
public class InternalTokens {
    public static final String TOOLS = "tools";
    public static final String PEERS = "peers";

    @Produces
    @Singleton
    @Named(TOOLS)
    BearerTokens tools(@ConfigProperty(name = "status.tools-token") String tokens) {
        return BearerTokens.of(tokens);
    }

    @Produces
    @Singleton
    @Named(PEERS)
    BearerTokens peers(@ConfigProperty(name = "status.peer-token") String tokens) {
        return BearerTokens.of(tokens);
    }
}
