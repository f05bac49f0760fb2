package dev.microcred.talent.pathway;

import dev.microcred.talent.facts.Status;
import dev.microcred.talent.portfolio.HeldCredential;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A pathway checked against what a holder holds: each step with the credential that meets it and its status now.
 * The stack is complete only while every step is met by a credential that verifies; a member revoked makes it
 * incomplete at once, and the first unmet step is the one to suggest next.
 */
public record StackCheck(String pathwayId, String name, boolean complete, List<StepCheck> steps,
        Optional<Pathway.Step> next) {

    /** @param heldBy the holding that meets the step, or the best one that no longer does (to show its status) */
    public record StepCheck(Pathway.Step step, boolean met, Optional<String> hash, Optional<Status> status) {
    }

    public static StackCheck of(Pathway pathway, List<HeldCredential> held) {
        List<StepCheck> steps = pathway.steps().stream().map(step -> check(step, held)).toList();
        Optional<Pathway.Step> next = steps.stream().filter(s -> !s.met()).map(StepCheck::step).findFirst();
        return new StackCheck(pathway.id(), pathway.name(), next.isEmpty(), steps, next);
    }

    private static StepCheck check(Pathway.Step step, List<HeldCredential> held) {
        return held.stream()
                .filter(c -> c.credentialCode().filter(step.credentialCode()::equalsIgnoreCase).isPresent())
                .max(Comparator.comparing((HeldCredential c) -> c.status().counts()).thenComparing(HeldCredential::weight))
                .map(c -> new StepCheck(step, c.status().counts(), Optional.of(c.hash()), Optional.of(c.status())))
                .orElse(new StepCheck(step, false, Optional.empty(), Optional.empty()));
    }
}
