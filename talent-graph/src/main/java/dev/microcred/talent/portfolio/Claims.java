package dev.microcred.talent.portfolio;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a credential's own text claims, read from its labelled lines ("Credential: AWS Lambda Deep Dive",
 * "Credits: 2.5 CME"). Read only from text whose hash the issuer verified, so the claims are the issuer's words, not
 * the holder's. A line that is absent leaves its claim empty.
 *
 * @param title       what was achieved: the first of Credential, Unit, Activity, Badge, Skill, Project, Course
 * @param credits     continuing-education credits, e.g. 2.5
 * @param creditUnit  their unit, e.g. CME
 * @param category    the credit category, e.g. AMA PRA Category 1
 */
public record Claims(Optional<String> title, Optional<BigDecimal> credits, Optional<String> creditUnit,
        Optional<String> category) {

    private static final List<String> TITLE_LABELS = List.of("credential", "unit", "activity", "badge", "skill",
            "project", "course");
    private static final Pattern LABELLED = Pattern.compile("^([A-Za-z][A-Za-z ]{0,40}):\\s*(.+)$");
    private static final Pattern CREDITS = Pattern.compile("^(\\d{1,4}(?:\\.\\d{1,2})?)\\s*(.*)$");

    /** @param normalizedText the hashed lines after normalization, one per line */
    public static Claims of(String normalizedText) {
        Optional<String> title = Optional.empty();
        Optional<BigDecimal> credits = Optional.empty();
        Optional<String> unit = Optional.empty();
        Optional<String> category = Optional.empty();
        for (String line : normalizedText.split("\n")) {
            Matcher labelled = LABELLED.matcher(line);
            if (!labelled.matches()) {
                continue;
            }
            String label = labelled.group(1).trim().toLowerCase(Locale.ROOT);
            String value = labelled.group(2).trim();
            if (title.isEmpty() && TITLE_LABELS.contains(label)) {
                title = Optional.of(value);
            } else if (label.equals("credits") && credits.isEmpty()) {
                Matcher amount = CREDITS.matcher(value);
                if (amount.matches()) {
                    credits = Optional.of(new BigDecimal(amount.group(1)));
                    unit = Optional.of(amount.group(2).trim()).filter(u -> !u.isEmpty());
                }
            } else if (label.equals("category") && category.isEmpty()) {
                category = Optional.of(value);
            }
        }
        return new Claims(title, credits, unit, category);
    }
}
