package dev.microcred.forwarder.witness.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.microcred.forwarder.witness.service.Registered;
import java.net.URI;
import java.util.List;

/** Answer of a registration: the only time the push secret and the feed token are shown. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegisteredWitnessResponse(String id, String displayName, List<String> jurisdictions, String pushUrl,
        String pushSecret, String feedPath, String feedToken) {

    static RegisteredWitnessResponse of(Registered r) {
        return new RegisteredWitnessResponse(r.witness().id(), r.witness().displayName(), r.witness().jurisdictions(),
                r.witness().pushUrl().map(URI::toString).orElse(null), r.pushSecret().orElse(null),
                r.witness().pull() ? "/feeds/" + r.witness().id() : null, r.feedToken().orElse(null));
    }
}
