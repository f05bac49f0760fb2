package dev.microcred.talent.hiring.api;

import dev.microcred.talent.hiring.Checklist;
import dev.microcred.talent.portfolio.Refusal;
import java.util.List;
import java.util.Optional;

/** A checklist as sent: each item names a credentialCode or a skill, optionally a minimumLevel and maxAgeMonths. */
public record ChecklistRequest(List<Item> requirements) {

    public record Item(String credentialCode, String skill, String minimumLevel, Integer maxAgeMonths) {
    }

    /** @throws Refusal when the request is missing or empty, or an item names neither a code nor a skill */
    public static Checklist toChecklist(ChecklistRequest request) {
        List<Item> requirements = request == null ? null : request.requirements();
        if (requirements == null || requirements.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID_REQUEST, "a checklist needs at least one requirement");
        }
        try {
            return new Checklist(requirements.stream().map(i -> new Checklist.Requirement(
                    Optional.ofNullable(i.credentialCode()), Optional.ofNullable(i.skill()),
                    Optional.ofNullable(i.minimumLevel()), Optional.ofNullable(i.maxAgeMonths()))).toList());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Refusal(Refusal.Kind.INVALID_REQUEST, e instanceof IllegalArgumentException
                    ? e.getMessage() : "a requirement may not be null");
        }
    }
}
