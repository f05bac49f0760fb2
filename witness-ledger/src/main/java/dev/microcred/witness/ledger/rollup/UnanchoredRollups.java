package dev.microcred.witness.ledger.rollup;

import dev.microcred.witness.ledger.log.StoredCheckpoint;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/** The only {@link RollupAnchor} shipped: records rollups without a chain, and says so in the log. */
@ApplicationScoped
public class UnanchoredRollups implements RollupAnchor {

    private static final Logger LOG = Logger.getLogger(UnanchoredRollups.class);

    @Override
    public Optional<String> anchor(StoredCheckpoint checkpoint) {
        LOG.infof("rollup at tree size %d recorded unanchored: no public chain is configured", checkpoint.treeSize());
        return Optional.empty();
    }
}
