package dev.microcred.status.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The proxies of {@code status.trusted-proxies}; a malformed entry stops the start. */
@ApplicationScoped
public class TrustedProxiesProducer {
    @Produces
    @Singleton
    TrustedProxies trustedProxies(@ConfigProperty(name = "status.trusted-proxies") Optional<List<String>> entries) {
        return TrustedProxies.of(entries.orElse(List.of()));
    }
}
