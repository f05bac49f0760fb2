package dev.microcred.status.lookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which copy of a hash's partition may answer, best first, and which answer counts. The active
 * copy is preferred wherever it lives, because it is current: this instance reads it when it owns
 * the partition, otherwise it asks the owner server-side (clients cannot follow a redirect to an
 * internal address). A standby copy, or an active copy still restoring, is only a fallback and
 * only while its lag is within the bound, so a revocation further back than the bound can never be
 * answered OK. A request forwarded by another instance is answered from this instance's own copies
 * only, so a lookup makes at most one hop. When no source can answer, the lookup is not ready.
 */
public final class LookupPlan {
    private LookupPlan() {
    }

    /** One place the view of a hash can be read from. */
    public sealed interface Source {
        /** This instance's active store for the partition; Kafka Streams serves it only once restored. */
        record LocalActive() implements Source {
        }

        /** This instance's other copy of the partition (a standby, or an active still restoring). */
        record LocalStandby() implements Source {
        }

        /** Another instance ({@code host:port}), which answers from its own copies only. */
        record Remote(String instance) implements Source {
        }
    }

    /** Where the streams metadata places the hash's partition: its active instance and its standbys. */
    public record Placement(String active, Set<String> standbys) {
    }

    /**
     * @param self this instance's {@code application.server}
     * @param placement null when the metadata does not know the partition's owner
     * @param localLag records this instance's copy of the partition is behind; empty without a copy
     *        or without a fresh measurement
     * @param forwarded true when another instance forwarded the request here
     */
    public static List<Source> sources(String self, Placement placement, OptionalLong localLag, long maxStandbyLag,
            boolean forwarded) {
        List<Source> sources = new ArrayList<>();
        if (placement == null) {
            return sources;
        }
        if (readsActiveHereFirst(self, placement.active())) {
            sources.add(new Source.LocalActive());
        } else if (!forwarded) {
            sources.add(new Source.Remote(placement.active()));
        }
        if (localLag.isPresent() && localLag.getAsLong() <= maxStandbyLag) {
            sources.add(new Source.LocalStandby());
        }
        if (!forwarded) {
            placement.standbys().stream().filter(host -> !host.equals(self)).sorted()
                    .forEach(host -> sources.add(new Source.Remote(host)));
        }
        return sources;
    }

    /**
     * True when the plan reads this instance's active store first, forwarded or not: this instance owns
     * the partition. That read asks no other instance, and its answer, found or not found, is final;
     * the later sources matter only when it cannot answer.
     */
    private static boolean readsActiveHereFirst(String self, String activeInstance) {
        return self.equals(activeInstance);
    }

    /**
     * What the plan answers without asking another instance or a fallback copy: the answer of this
     * instance's active store, when the plan reads it first and it can answer. Found or not found is
     * then final, exactly as {@link #firstAnswer} would have it. Empty when the rest of the plan must
     * decide; the store is read only when this instance owns the partition.
     */
    public static Optional<Lookup> answerFromActiveHere(String self, String activeInstance, Supplier<Lookup> readActive) {
        if (!readsActiveHereFirst(self, activeInstance)) {
            return Optional.empty();
        }
        Lookup answer = readActive.get();
        return answer instanceof Lookup.NotReady ? Optional.empty() : Optional.of(answer);
    }

    /** The first source that can answer decides, found or not found; if none can, the lookup is not ready. */
    public static Lookup firstAnswer(List<Source> sources, Function<Source, Lookup> read) {
        for (Source source : sources) {
            Lookup answer = read.apply(source);
            if (!(answer instanceof Lookup.NotReady)) {
                return answer;
            }
        }
        return new Lookup.NotReady();
    }
}
