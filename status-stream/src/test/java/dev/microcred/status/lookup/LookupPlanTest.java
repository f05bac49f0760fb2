package dev.microcred.status.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microcred.schemas.CredentialStatus;
import dev.microcred.schemas.RevocationReason;
import dev.microcred.status.Events;
import dev.microcred.status.lookup.LookupPlan.Placement;
import dev.microcred.status.lookup.LookupPlan.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which copy answers a lookup, with three instances A (this one), B and C: the active copy
 * wherever it lives, then a local copy within the lag bound, then the other standbys; a forwarded
 * request only from local copies; 503 when nothing may answer.
 */
class LookupPlanTest {
    private static final String A = "10.0.0.1:8082";
    private static final String B = "10.0.0.2:8082";
    private static final String C = "10.0.0.3:8082";
    private static final long BOUND = 100;
    private static final CredentialStatus REVOKED = Events.viewAfter(Events.issued(Events.LAMBDA_DEEP_DIVE, 41),
            Events.revoked(Events.LAMBDA_DEEP_DIVE, 42, RevocationReason.FRAUD));

    @Test
    void anOwnerAnswersFromItsActiveStoreFirst() {
        //Given this instance owns the partition, restored (lag 0), and C holds a standby
        //When a verifier asks this instance
        List<Source> sources = LookupPlan.sources(A, new Placement(A, Set.of(C)), OptionalLong.of(0), BOUND, false);

        //Then the active store is read first, C only if neither local read can answer
        assertEquals(List.of(new Source.LocalActive(), new Source.LocalStandby(), new Source.Remote(C)), sources);
    }

    @Test
    void aHashOwnedElsewhereIsAskedOfItsOwnerBeforeTheLocalStandby() {
        //Given B owns the partition and this instance holds a standby one record behind
        //When a verifier asks this instance
        List<Source> sources = LookupPlan.sources(A, new Placement(B, Set.of(A)), OptionalLong.of(1), BOUND, false);

        //Then the owner is asked first, since it is current; the standby is the fallback
        assertEquals(List.of(new Source.Remote(B), new Source.LocalStandby()), sources);
    }

    @Test
    void aStandbyBeyondTheLagBoundIsNeverRead() {
        //Given B owns the partition and this instance's standby is 101 records behind
        //When a verifier asks this instance
        List<Source> sources = LookupPlan.sources(A, new Placement(B, Set.of(A)), OptionalLong.of(BOUND + 1), BOUND, false);

        //Then only the owner may answer
        assertEquals(List.of(new Source.Remote(B)), sources);
    }

    @Test
    void aStandbyWithoutAFreshLagMeasurementIsNeverRead() {
        //Given B owns the partition and this instance's lag is unknown (not measured lately)
        List<Source> sources = LookupPlan.sources(A, new Placement(B, Set.of(A)), OptionalLong.empty(), BOUND, false);

        //Then only the owner may answer
        assertEquals(List.of(new Source.Remote(B)), sources);
    }

    @Test
    void aStandbyOnAThirdInstanceIsAskedLast() {
        //Given B owns the partition and C holds its standby; this instance has no copy
        List<Source> sources = LookupPlan.sources(A, new Placement(B, Set.of(C)), OptionalLong.empty(), BOUND, false);

        //Then B is asked, then C (which answers only within its own bound)
        assertEquals(List.of(new Source.Remote(B), new Source.Remote(C)), sources);
    }

    @Test
    void aForwardedRequestIsAnsweredFromLocalCopiesOnlyAndNeverHopsAgain() {
        //Given B forwarded the request here, but the metadata here already names C as the owner
        List<Source> sources = LookupPlan.sources(A, new Placement(C, Set.of(A, B)), OptionalLong.of(3), BOUND, true);

        //Then only this instance's standby within bound may answer
        assertEquals(List.of(new Source.LocalStandby()), sources);
    }

    @Test
    void aForwardedRequestToTheOwnerReadsItsActiveStore() {
        List<Source> sources = LookupPlan.sources(A, new Placement(A, Set.of(B)), OptionalLong.of(0), BOUND, true);

        assertEquals(List.of(new Source.LocalActive(), new Source.LocalStandby()), sources);
    }

    @Test
    void withoutMetadataNothingMayAnswer() {
        //Given Streams does not know the partition's owner (starting, or rebalancing from scratch)
        List<Source> sources = LookupPlan.sources(A, null, OptionalLong.of(0), BOUND, false);

        //Then there is no source, so the answer is 503
        assertEquals(List.of(), sources);
        assertEquals(new Lookup.NotReady(), LookupPlan.firstAnswer(sources, source -> new Lookup.NotFound()));
    }

    @Test
    void anUnreachableOwnerFallsBackToTheStandbyWithinBound() {
        //Given B owns the partition but cannot be reached, and this instance's standby knows the revocation
        List<Source> sources = LookupPlan.sources(A, new Placement(B, Set.of(A)), OptionalLong.of(1), BOUND, false);
        Map<Source, Lookup> reads = Map.of(new Source.Remote(B), new Lookup.NotReady(),
                new Source.LocalStandby(), new Lookup.Found(REVOKED));

        //When the sources are read in order
        Lookup answer = LookupPlan.firstAnswer(sources, reads::get);

        //Then the standby's view answers
        assertEquals(new Lookup.Found(REVOKED), answer);
    }

    @Test
    void anUnreachableOwnerWithoutAStandbyWithinBoundIsNotReady() {
        //Given B owns the partition, cannot be reached, and this instance's standby is too far behind
        List<Source> sources = LookupPlan.sources(A, new Placement(B, Set.of(A)), OptionalLong.of(5_000), BOUND, false);

        //When the sources are read in order
        Lookup answer = LookupPlan.firstAnswer(sources, source -> new Lookup.NotReady());

        //Then the answer is 503, not a guess
        assertEquals(new Lookup.NotReady(), answer);
    }

    @Test
    void theOwnersNotFoundIsFinalAndNoStandbyIsAsked() {
        //Given B owns the partition and has no such hash
        List<Source> sources = LookupPlan.sources(A, new Placement(B, Set.of(A)), OptionalLong.of(0), BOUND, false);
        List<Source> asked = new ArrayList<>();

        //When the sources are read in order
        Lookup answer = LookupPlan.firstAnswer(sources, source -> {
            asked.add(source);
            return source instanceof Source.Remote ? new Lookup.NotFound() : new Lookup.Found(REVOKED);
        });

        //Then it is a 404, and the (possibly older) standby is not consulted
        assertEquals(new Lookup.NotFound(), answer);
        assertEquals(List.of(new Source.Remote(B)), asked);
    }

    @Test
    void anOwnersActiveStoreAnswersWithoutTheRestOfThePlan() {
        //Given this instance owns the partition and its active store holds the revoked view
        //When the public endpoint asks for the answer that needs no other instance
        Optional<Lookup> answer = LookupPlan.answerFromActiveHere(A, A, () -> new Lookup.Found(REVOKED));

        //Then the active store's view answers
        assertEquals(Optional.of(new Lookup.Found(REVOKED)), answer);
    }

    @Test
    void anOwnersNotFoundIsFinalWithoutTheRestOfThePlan() {
        //Given this instance owns the partition and its active store has no such hash
        Optional<Lookup> answer = LookupPlan.answerFromActiveHere(A, A, Lookup.NotFound::new);

        //Then it is a 404 at once, as the full plan would answer (no standby is consulted after the owner)
        assertEquals(Optional.of(new Lookup.NotFound()), answer);
    }

    @Test
    void anActiveStoreThatCannotAnswerLeavesTheDecisionToTheFullPlan() {
        //Given this instance owns the partition but its active store cannot be read (restoring, rebalancing)
        Optional<Lookup> answer = LookupPlan.answerFromActiveHere(A, A, Lookup.NotReady::new);

        //Then there is no answer yet: the full plan decides (a standby within bound, or 503)
        assertEquals(Optional.empty(), answer);
    }

    @Test
    void aHashOwnedElsewhereIsNotReadHereAndLeavesTheDecisionToTheFullPlan() {
        //Given B owns the partition
        List<String> reads = new ArrayList<>();

        //When the public endpoint asks for the answer that needs no other instance
        Optional<Lookup> answer = LookupPlan.answerFromActiveHere(A, B, () -> {
            reads.add("active");
            return new Lookup.Found(REVOKED);
        });

        //Then nothing here is read (no active store here may answer for B's partition), and the full plan asks B
        assertEquals(Optional.empty(), answer);
        assertEquals(List.of(), reads);
    }

    @Test
    void whateverAnswersWithoutTheRestOfThePlanIsWhatTheFullPlanAnswers() {
        //Given every placement, lag and outcome of each read this instance might see
        List<Lookup> outcomes = List.of(new Lookup.Found(REVOKED), new Lookup.NotFound(), new Lookup.NotReady());
        for (Placement placement : List.of(new Placement(A, Set.of(B)), new Placement(A, Set.of()),
                new Placement(B, Set.of(A)), new Placement(B, Set.of(C)))) {
            for (OptionalLong lag : List.of(OptionalLong.empty(), OptionalLong.of(0), OptionalLong.of(BOUND + 1))) {
                for (Lookup active : outcomes) {
                    for (Lookup other : outcomes) {
                        //When the answer that needs no other instance exists
                        Optional<Lookup> fast = LookupPlan.answerFromActiveHere(A, placement.active(), () -> active);
                        List<Source> sources = LookupPlan.sources(A, placement, lag, BOUND, false);
                        Lookup full = LookupPlan.firstAnswer(sources,
                                source -> source instanceof Source.LocalActive ? active : other);

                        //Then the full plan would have read the active store here first and given the same answer
                        String given = placement + " lag " + lag + " active " + active + " other " + other;
                        fast.ifPresent(answer -> {
                            assertEquals(new Source.LocalActive(), sources.get(0), given);
                            assertEquals(full, answer, given);
                        });
                        //And it is missing only when the full plan needs another source
                        assertEquals(fast.isEmpty(), !(sources.get(0) instanceof Source.LocalActive)
                                || active instanceof Lookup.NotReady, given);
                    }
                }
            }
        }
    }
}
