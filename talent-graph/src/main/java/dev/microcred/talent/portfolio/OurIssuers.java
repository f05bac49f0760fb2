package dev.microcred.talent.portfolio;

import java.util.Optional;

/** The issuers of this platform, as the issuers topic describes them: where each one's credentials verify. */
public interface OurIssuers {

    /** The issuer whose verify base holds this domain and path (domain binding), if one of ours does. */
    Optional<String> issuerAt(String domain, String path);
}
