package dev.microcred.witness.ledger.signing;

import dev.microcred.merkle.NoteSigner;
import dev.microcred.witness.ledger.append.Ledger;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Who this witness is: its checkpoint origin and the Ed25519 key that signs its checkpoints.
 *
 * <p>Built at start-up, so production without {@code ledger.signing-key} fails before it answers anything: a key
 * made up at start would sign checkpoints nobody can verify after a restart. Dev and test may generate one
 * ({@code ledger.signing-key.generate}), which is logged as the public verifier key only.
 */
@Startup
@ApplicationScoped
public class LedgerIdentity {

    private static final Logger LOG = Logger.getLogger(LedgerIdentity.class);

    private final String origin;
    private final NoteSigner signer;

    LedgerIdentity(@ConfigProperty(name = "ledger.origin") String origin,
            @ConfigProperty(name = "ledger.signing-key") Optional<String> signingKey,
            @ConfigProperty(name = "ledger.signing-key.generate", defaultValue = "false") boolean generate) {
        this.origin = origin;
        if (signingKey.isPresent()) {
            this.signer = NoteSigner.fromKeyText(signingKey.get().trim());
        } else if (generate) {
            this.signer = NoteSigner.generate(origin);
            LOG.warnf("no ledger.signing-key: generated a throw-away key, verifier key %s", signer.verifierKey());
        } else {
            throw new IllegalStateException("ledger.signing-key (LEDGER_SIGNING_KEY) is required");
        }
    }

    public String origin() {
        return origin;
    }

    public NoteSigner signer() {
        return signer;
    }

    /** The verifier key text to publish. */
    public String verifierKey() {
        return signer.verifierKey();
    }

    @Produces
    @Singleton
    Ledger ledger() {
        return new Ledger(origin, signer, Clock.systemUTC(), new SecureRandom());
    }
}
