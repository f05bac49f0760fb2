package dev.microcred.status.verify;

import dev.microcred.schemas.IssuerProfile;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The issuers by the host of their verify base, so a metadata request looks at the few issuers of
 * its host instead of every issuer. Built whole from the issuers table and never changed: a new
 * directory replaces it.
 */
public final class IssuerDirectory {
    private final Map<String, List<IssuerProfile>> byHost;

    private IssuerDirectory(Map<String, List<IssuerProfile>> byHost) {
        this.byHost = byHost;
    }

    public static IssuerDirectory of(Iterable<IssuerProfile> issuers) {
        Map<String, List<IssuerProfile>> byHost = new HashMap<>();
        for (IssuerProfile issuer : issuers) {
            byHost.computeIfAbsent(issuer.getDomain(), host -> new java.util.ArrayList<>()).add(issuer);
        }
        byHost.replaceAll((host, list) -> List.copyOf(list));
        return new IssuerDirectory(Map.copyOf(byHost));
    }

    /** The issuer whose verify base contains this host and directory: the longest base path wins. */
    public Optional<IssuerProfile> at(String host, String directory) {
        return byHost.getOrDefault(host, List.of()).stream()
                .filter(p -> DomainBinding.under(directory, p.getBasePath()))
                .max(Comparator.comparingInt(p -> p.getBasePath().length()));
    }
}
