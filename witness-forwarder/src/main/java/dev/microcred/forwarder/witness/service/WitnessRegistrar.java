package dev.microcred.forwarder.witness.service;

import dev.microcred.forwarder.push.PushDestinations;
import dev.microcred.forwarder.witness.InvalidRegistrationException;
import dev.microcred.forwarder.witness.UnknownWitnessException;
import dev.microcred.forwarder.witness.Violation;
import dev.microcred.forwarder.witness.Witness;
import dev.microcred.forwarder.witness.WitnessRegistration;
import dev.microcred.forwarder.witness.WitnessRegistration.PushUrls;
import dev.microcred.forwarder.witness.WitnessSecrets;
import dev.microcred.forwarder.witness.persistence.WitnessStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Registers a witness (validate, mint the secrets it lacks, store, then announce it), rotates its
 * secrets, and unregisters it.
 */
@ApplicationScoped
public class WitnessRegistrar {
    private static final Logger LOG = Logger.getLogger(WitnessRegistrar.class);

    private final WitnessStore store;
    private final Event<WitnessRegistered> registered;
    private final Event<WitnessUnregistered> unregistered;
    private final PushUrls pushUrls;
    private final PushDestinations destinations;
    private final Duration feedTokenOverlap;

    WitnessRegistrar(WitnessStore store, Event<WitnessRegistered> registered, Event<WitnessUnregistered> unregistered,
            @ConfigProperty(name = "forwarder.push.allow-plain-http") boolean allowPlainHttp,
            @ConfigProperty(name = "forwarder.push.allow-private-addresses") boolean allowPrivateAddresses,
            @ConfigProperty(name = "forwarder.pull.token-overlap") Duration feedTokenOverlap) {
        this.feedTokenOverlap = feedTokenOverlap;
        this.store = store;
        this.registered = registered;
        this.unregistered = unregistered;
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

    /**
     * A new feed token, shown once. The one it replaces stays valid for {@code forwarder.pull.token-overlap},
     * so the witness switches without a gap; an older one still in its overlap stops at once.
     */
    public RotatedFeedToken rotateFeedToken(String id) {
        String token = WitnessSecrets.newFeedToken();
        if (!store.rotateFeedToken(id, WitnessSecrets.sha256(token), feedTokenOverlap.toSeconds())) {
            throw new UnknownWitnessException(id + " with a pull feed");
        }
        LOG.infof("rotated the feed token of witness %s; the previous one works for %s more", id, feedTokenOverlap);
        return new RotatedFeedToken(token, feedTokenOverlap);
    }

    /**
     * Signs the next pushes with {@code secret}, or a new one. The witness's ledger must accept both
     * secrets while the change lands (a ledger takes a list), or pushes fail and are retried.
     */
    public String replacePushSecret(String id, String secret) {
        if (secret != null && WitnessRegistration.secretProblem(secret) != null) {
            throw new InvalidRegistrationException(List.of(new Violation("pushSecret",
                    WitnessRegistration.secretProblem(secret))));
        }
        String next = secret != null ? secret : WitnessSecrets.newPushSecret();
        if (!store.replacePushSecret(id, next)) {
            throw new UnknownWitnessException(id + " with a push URL");
        }
        LOG.infof("replaced the push secret of witness %s", id);
        return next;
    }

    /** Nothing more is pushed to it or served to its token; its id stays taken and its history kept. */
    public void unregister(String id) {
        if (!store.unregister(id)) {
            throw new UnknownWitnessException(id);
        }
        LOG.infof("unregistered witness %s", id);
        unregistered.fire(new WitnessUnregistered(id));
    }

    /** A feed token shown once, and how long the one it replaced still works. */
    public record RotatedFeedToken(String feedToken, Duration previousValidFor) {
    }
}
