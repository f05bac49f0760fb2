package dev.microcred.issuer.account.messaging;

import dev.microcred.issuer.account.Issuer;
import dev.microcred.schemas.IssuerProfile;
import java.time.Instant;

/** The public facts of an issuer as published on topic issuers: no keys, no settings of its own. */
public final class IssuerEvents {
    private IssuerEvents() {
    }

    public static IssuerProfile profile(Issuer issuer, Instant now) {
        return IssuerProfile.newBuilder()
                .setIssuerId(issuer.id())
                .setDisplayName(issuer.displayName())
                .setDomain(issuer.verifyBase().domain())
                .setBasePath(issuer.verifyBase().path())
                .setJurisdictions(issuer.jurisdictions())
                .setUpdatedAt(now)
                .build();
    }
}
