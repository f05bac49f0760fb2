package dev.microcred.witness.ledger.append;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.merkle.Checkpoint;
import dev.microcred.merkle.Hasher;
import dev.microcred.merkle.InMemoryTree;
import dev.microcred.merkle.Node;
import dev.microcred.merkle.NoteSigner;
import dev.microcred.merkle.NoteVerifier;
import dev.microcred.merkle.SubtreeHashes;
import dev.microcred.witness.ledger.SeedDeltas;
import dev.microcred.witness.ledger.delta.WireDelta;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The append rules without a database, checked against merkle-log's in-memory model of a log. */
class LedgerTest {

    static final ObjectMapper JSON = new ObjectMapper();

    final NoteSigner signer = NoteSigner.generate("witness.example/eu-a");
    final Ledger ledger = new Ledger("witness.example/eu-a", signer,
            Clock.fixed(Instant.parse("2026-02-01T08:00:00.412345Z"), ZoneOffset.UTC), new Random(1));
    final MemoryLog log = new MemoryLog();

    @Test
    void theLeafShowsTheDeltaItsSealAndTheWitnessTimeInMillisecondsAndKeepsTheOpening() throws Exception {
        WireDelta delta = WireDelta.of(JSON.readTree(
                SeedDeltas.delta("0b6f3c1e-8a57-4a52-9d8e-4a1f3b2c9d10", "a".repeat(64), "REVOKED", 7)));
        SealedDelta sealed = SealedDelta.of(delta, new Random(1));

        ledger.append(log, List.of(delta), Source.PUSH);

        assertEquals("{\"v\":2,\"delta\":" + sealed.shown() + ",\"sealed\":\"" + sealed.seal()
                + "\",\"witnessedAt\":\"2026-02-01T08:00:00.412Z\"}", log.leaves.get(0).text());
        assertEquals(sealed.opening(), log.leaves.get(0).opening());
    }

    @Test
    void batchesGrowTheSameTreeAnInMemoryLogWouldHaveAndSignEachNewSize() throws Exception {
        InMemoryTree model = new InMemoryTree(Hasher.RFC6962_SHA256);
        for (int batch = 1; batch <= 6; batch++) {
            List<WireDelta> deltas = new ArrayList<>();
            for (int i = 0; i < batch; i++) {
                deltas.add(WireDelta.of(JSON.readTree(SeedDeltas.delta(SeedDeltas.newHash(), "VALID", i))));
            }
            Appended appended = ledger.append(log, deltas, Source.PULL);
            log.leaves.subList(log.leaves.size() - batch, log.leaves.size())
                    .forEach(leaf -> model.append(leaf.text().getBytes(StandardCharsets.UTF_8)));

            Checkpoint signed = NoteVerifier.fromKeyText(signer.verifierKey()).verify(log.lastNote);
            assertEquals(model.size(), signed.size());
            assertEquals(model.size(), appended.treeSize());
            assertArrayEquals(model.root(), signed.rootHash());
        }
    }

    @Test
    void aKnownDeltaGetsItsReceiptAndSignsNothingNew() throws Exception {
        WireDelta delta = WireDelta.of(JSON.readTree(SeedDeltas.delta(SeedDeltas.newHash(), "VALID", 1)));
        Appended first = ledger.append(log, List.of(delta), Source.PUSH);
        String note = log.lastNote;

        Appended again = ledger.append(log, List.of(delta), Source.PUSH);

        assertEquals(first.receipts(), again.receipts());
        assertEquals(0, again.newLeaves());
        assertEquals(note, log.lastNote);
    }

    @Test
    void aDeltaTwiceInOneBatchIsOneLeafWithOneReceipt() throws Exception {
        WireDelta delta = WireDelta.of(JSON.readTree(SeedDeltas.delta(SeedDeltas.newHash(), "VALID", 1)));
        WireDelta other = WireDelta.of(JSON.readTree(SeedDeltas.delta(SeedDeltas.newHash(), "VALID", 2)));

        Appended appended = ledger.append(log, List.of(delta, other, delta), Source.PUSH);

        assertEquals(2, appended.newLeaves());
        assertEquals(2, log.leaves.size());
        assertEquals(appended.receipts().get(0), appended.receipts().get(2));
    }

    /** A LedgerWriter over maps, storing exactly the rows the database would. */
    static final class MemoryLog implements LedgerWriter {
        final List<Leaf> leaves = new ArrayList<>();
        final Map<String, byte[]> subtrees = new HashMap<>();
        String lastNote;

        @Override
        public long size() {
            return leaves.size();
        }

        @Override
        public Map<String, Receipt> receiptsOf(Collection<String> deltaIds) {
            Map<String, Receipt> receipts = new HashMap<>();
            leaves.stream().filter(l -> deltaIds.contains(l.delta().deltaId())).forEach(l -> receipts.put(
                    l.delta().deltaId(), new Receipt(l.delta().deltaId(), l.index(), WitnessTime.format(l.witnessedAt()))));
            return receipts;
        }

        @Override
        public SubtreeHashes subtrees() {
            return (level, index) -> subtrees.get(level + "/" + index).clone();
        }

        @Override
        public void insertLeaves(List<Leaf> batch) {
            leaves.addAll(batch);
        }

        @Override
        public void insertSubtrees(List<Node> nodes) {
            nodes.forEach(n -> subtrees.put(n.level() + "/" + n.index(), n.hash()));
        }

        @Override
        public void insertCheckpoint(Checkpoint checkpoint, String note) {
            lastNote = note;
        }
    }
}
