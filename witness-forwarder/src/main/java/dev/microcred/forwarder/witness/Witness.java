package dev.microcred.forwarder.witness;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A witness firm as the forwarder knows it: the jurisdictions whose deltas it receives, and how
 * (a push URL, a pull feed, or both). Secrets are not part of it; they stay in the store.
 */
public record Witness(String id, String displayName, List<String> jurisdictions, Optional<URI> pushUrl, boolean pull) {
    public Witness {
        jurisdictions = List.copyOf(jurisdictions);
    }

    public boolean pushes() {
        return pushUrl.isPresent();
    }
}
