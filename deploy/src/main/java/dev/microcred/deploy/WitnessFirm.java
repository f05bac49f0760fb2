package dev.microcred.deploy;

import java.util.List;

/**
 * A witness firm the stack runs as a witness-ledger and registers with the forwarder: which
 * jurisdictions it serves and whether the forwarder pushes to it or it pulls the feed.
 */
public record WitnessFirm(String id, String displayName, List<String> jurisdictions, Delivery delivery) {

    public enum Delivery { PUSH, PULL }

    public WitnessFirm {
        jurisdictions = List.copyOf(jurisdictions);
    }

    /** The two firms of the local stack: the seed issuers answer to the US and the UK. */
    public static List<WitnessFirm> localDefaults() {
        return List.of(
                new WitnessFirm("uk-witness", "UK Credential Witness Ltd", List.of("UK"), Delivery.PUSH),
                new WitnessFirm("us-witness", "US Credential Witness Inc", List.of("US"), Delivery.PULL));
    }

    /** The checkpoint origin of the firm's ledger, as its signed notes name it. */
    String origin() {
        return "witness.local/" + id;
    }
}
