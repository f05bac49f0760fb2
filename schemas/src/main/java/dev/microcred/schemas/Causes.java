package dev.microcred.schemas;

import java.util.Optional;
import java.util.function.Predicate;

/** Walks a failure's cause chain, which wrappers (serdes, Kafka Streams) may make a few links long. */
public final class Causes {
    private static final int MAX_CAUSES = 20;

    private Causes() {
    }

    /** The first link of the chain, the failure itself included, that matches. */
    public static Optional<Throwable> first(Throwable failure, Predicate<Throwable> matches) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (matches.test(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
