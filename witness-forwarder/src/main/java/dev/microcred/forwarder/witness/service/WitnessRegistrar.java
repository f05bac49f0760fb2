package dev.microcred.forwarder.witness.service;

import dev.microcred.forwarder.push.PushDestinations;
import dev.microcred.forwarder.witness.InvalidRegistrationException;
import dev.microcred.forwarder.witness.Violation;
import dev.microcred.forwarder.witness.Witness;
import dev.microcred.forwarder.witness.WitnessRegistration;
import dev.microcred.forwarder.witness.WitnessRegistration.PushUrls;
import dev.microcred.forwarder.witness.WitnessSecrets;
import dev.microcred.forwarder.witness.persistence.WitnessStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Registers a witness: validate, mint the secrets it lacks, store, then announce it. */
@ApplicationScoped
public class WitnessRegistrar {
    private static final Logger LOG = Logger.getLogger(WitnessRegistrar.class);

    private final WitnessStore store;
    private final Event<WitnessRegistered> registered;
    private final PushUrls pushUrls;
    private final PushDestinations destinations;

    WitnessRegistrar(WitnessStore store, Event<WitnessRegistered> registered,
            @ConfigProperty(name = "forwarder.push.allow-plain-http") boolean allowPlainHttp,
            @ConfigProperty(name = "forwarder.push.allow-private-addresses") boolean allowPrivateAddresses) {
        this.store = store;
        this.registered = registered;
        this.pushUrls = allowPlainHttp ? PushUrls.PLAIN_HTTP_ALLOWED : PushUrls.HTTPS_ONLY;
        this.destinations = PushDestinations.of(allowPrivateAddresses);
    }

    public Registered register(WitnessRegistration registration) {
        Witness witness = registration.toWitness(pushUrls);
        witness.pushUrl().flatMap(destinations::refusal).ifPresent(why -> {
            throw new InvalidRegistrationException(List.of(new Violation("push.url", "refused: " + why)));
        });
        Optional<String> pushSecret = witness.pushes()
                ? Optional.of(registration.pushSecret() != null ? registration.pushSecret() : WitnessSecrets.newPushSecret())
                : Optional.empty();
        Optional<String> feedToken = witness.pull() ? Optional.of(WitnessSecrets.newFeedToken()) : Optional.empty();
        store.insert(witness, pushSecret.orElse(null), feedToken.map(WitnessSecrets::sha256).orElse(null));
        LOG.infof("registered witness %s for %s (push=%s, pull=%s)", witness.id(), witness.jurisdictions(),
                witness.pushes(), witness.pull());
        registered.fire(new WitnessRegistered(witness));
        return new Registered(witness, pushSecret, feedToken);
    }
}
