package dev.microcred.talent.pathway;

import dev.microcred.talent.portfolio.HeldCredential;
import java.util.Comparator;
import java.util.List;

/**
 * The next credential to take, from what a holder holds: for each published pathway the holder has started (at least
 * one step met by a credential that verifies) and not finished, its first unmet step. Pathways nearest completion
 * come first.
 */
public final class Recommendations {

    public record Suggestion(String pathwayId, String pathwayName, int stepsMet, int steps, Pathway.Step next) {
    }

    private Recommendations() {
    }

    public static List<Suggestion> of(List<Pathway> pathways, List<HeldCredential> held) {
        return pathways.stream().map(p -> StackCheck.of(p, held))
                .filter(check -> check.next().isPresent() && check.steps().stream().anyMatch(StackCheck.StepCheck::met))
                .map(check -> new Suggestion(check.pathwayId(), check.name(),
                        (int) check.steps().stream().filter(StackCheck.StepCheck::met).count(), check.steps().size(),
                        check.next().get()))
                .sorted(Comparator.comparingDouble((Suggestion s) -> -(double) s.stepsMet() / s.steps())
                        .thenComparing(Suggestion::pathwayId))
                .toList();
    }
}
