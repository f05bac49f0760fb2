package dev.microcred.forwarder.witness.api;

import dev.microcred.forwarder.witness.WitnessRegistration;
import java.util.List;

/** Body of POST /api/v1/witnesses; the rules live in {@link WitnessRegistration}. */
public record RegisterWitnessRequest(String id, String displayName, List<String> jurisdictions, Push push, Boolean pull) {

    /** Where to POST batches; the secret is generated when absent. */
    public record Push(String url, String secret) {
    }

    WitnessRegistration toRegistration() {
        // An empty "push" object is a push without a URL, which the rules reject as such.
        String url = push == null ? null : (push.url() == null ? "" : push.url());
        return new WitnessRegistration(id, displayName, jurisdictions, url, push == null ? null : push.secret(),
                Boolean.TRUE.equals(pull));
    }
}
