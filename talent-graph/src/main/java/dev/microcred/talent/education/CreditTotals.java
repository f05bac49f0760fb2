package dev.microcred.talent.education;

import dev.microcred.talent.portfolio.HeldCredential;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Continuing-education credits of one holder in a period, per category and unit, as a licensing body checks them
 * for a renewal (e.g. 50 CME in two years). A credential counts only if it verifies now and was issued within the
 * period; a revoked or expired one drops out of the total at once.
 */
public record CreditTotals(Instant from, Instant to, List<Total> totals) {

    /** @param hashes the credentials counted */
    public record Total(String category, String unit, BigDecimal credits, List<String> hashes) {
    }

    public static CreditTotals of(List<HeldCredential> held, Instant from, Instant to, Optional<String> category) {
        Map<String, Total> byKey = new TreeMap<>();
        for (HeldCredential c : held) {
            if (!counts(c, from, to) || category.filter(wanted -> !wanted.equalsIgnoreCase(categoryOf(c))).isPresent()) {
                continue;
            }
            String unit = c.creditUnit().orElse("");
            byKey.merge(categoryOf(c) + "\u0000" + unit,
                    new Total(categoryOf(c), unit, c.credits().orElseThrow(), List.of(c.hash())),
                    (a, b) -> new Total(a.category(), a.unit(), a.credits().add(b.credits()), concat(a.hashes(), b.hashes())));
        }
        return new CreditTotals(from, to, List.copyOf(byKey.values()));
    }

    private static boolean counts(HeldCredential c, Instant from, Instant to) {
        return c.credits().isPresent() && c.status().counts()
                && c.issuedAt().filter(i -> !i.isBefore(from) && i.isBefore(to)).isPresent();
    }

    private static String categoryOf(HeldCredential c) {
        return c.category().orElse("uncategorized");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
