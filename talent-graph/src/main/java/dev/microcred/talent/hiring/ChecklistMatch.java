package dev.microcred.talent.hiring;

import dev.microcred.talent.portfolio.HeldCredential;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A candidate's shared portfolio against a checklist: for each requirement, whether it is met and by which
 * credential. Only credentials that verify now count; of several that meet an item, the freshest is named.
 */
public record ChecklistMatch(boolean allMet, int met, List<ItemMatch> items) {

    public record ItemMatch(Checklist.Requirement requirement, boolean met, Optional<String> hash,
            Optional<String> title, double weight) {
    }

    public static ChecklistMatch of(Checklist checklist, List<HeldCredential> held, Instant now) {
        List<ItemMatch> items = checklist.requirements().stream().map(r -> match(r, held, now)).toList();
        int met = (int) items.stream().filter(ItemMatch::met).count();
        return new ChecklistMatch(met == items.size(), met, items);
    }

    private static ItemMatch match(Checklist.Requirement requirement, List<HeldCredential> held, Instant now) {
        return held.stream()
                .filter(c -> c.status().counts() && meets(requirement, c, now))
                .max(Comparator.comparingDouble(HeldCredential::weight))
                .map(c -> new ItemMatch(requirement, true, Optional.of(c.hash()), c.title(), c.weight()))
                .orElse(new ItemMatch(requirement, false, Optional.empty(), Optional.empty(), 0));
    }

    static boolean meets(Checklist.Requirement r, HeldCredential c, Instant now) {
        boolean named = r.credentialCode().isPresent()
                ? c.credentialCode().filter(r.credentialCode().get()::equalsIgnoreCase).isPresent()
                : c.title().map(t -> t.toLowerCase(Locale.ROOT).contains(r.skill().get().toLowerCase(Locale.ROOT)))
                        .orElse(false);
        boolean levelled = r.minimumLevel().isEmpty()
                || c.level().flatMap(l -> Level.atLeast(l, r.minimumLevel().get())).orElse(false);
        boolean recent = r.maxAgeMonths().isEmpty() || c.issuedAt()
                .map(issued -> !issued.atZone(ZoneOffset.UTC).plusMonths(r.maxAgeMonths().get()).toInstant().isBefore(now))
                .orElse(false);
        return named && levelled && recent;
    }
}
