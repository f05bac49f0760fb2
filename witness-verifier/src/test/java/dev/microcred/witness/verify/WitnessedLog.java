package dev.microcred.witness.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microcred.merkle.Checkpoint;
import dev.microcred.merkle.Hasher;
import dev.microcred.merkle.InMemoryTree;
import dev.microcred.merkle.NoteSigner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** A witness's log in memory, shaped like the ledger's: leaves in the ledger's leaf format, a signed checkpoint. */
final class WitnessedLog {

    static final ObjectMapper JSON = new ObjectMapper();

    final NoteSigner signer = NoteSigner.generate("witness.example/eu-a");
    private final InMemoryTree tree = new InMemoryTree(Hasher.RFC6962_SHA256);
    private final List<String> leaves = new ArrayList<>();

    /** Appends a delta the way the ledger does and returns its leaf index. */
    long witness(String hash, String status, long issuerSequence) {
        String leaf = "{\"delta\":{\"v\":1,\"deltaId\":\"d-" + leaves.size() + "\",\"hash\":\"" + hash
                + "\",\"relatedHash\":null,\"status\":\"" + status + "\",\"issuerId\":\"aws-training\","
                + "\"issuerSequence\":" + issuerSequence + "},\"witnessedAt\":\"2026-02-01T08:00:0"
                + leaves.size() + ".412Z\"}";
        leaves.add(leaf);
        return tree.append(leaf.getBytes(StandardCharsets.UTF_8));
    }

    String leaf(long index) {
        return leaves.get((int) index);
    }

    String checkpoint() {
        return signer.sign(new Checkpoint("witness.example/eu-a", tree.size(), tree.root()));
    }

    /** The ledger's answer for {@code hash}, built from the given leaves at today's tree size. */
    ObjectNode answer(String hash, String status, long... leafIndexes) {
        ObjectNode answer = JSON.createObjectNode().put("hash", hash).put("status", status)
                .put("firstSeen", "2026-02-01T08:00:00.412Z").put("treeSize", tree.size())
                .put("checkpoint", checkpoint());
        ArrayNode deltas = answer.putArray("deltas");
        for (long index : leafIndexes) {
            ObjectNode delta = deltas.addObject().put("leafIndex", index)
                    .put("witnessedAt", "2026-02-01T08:00:0" + index + ".412Z").put("leaf", leaf(index));
            ArrayNode proof = delta.putArray("inclusionProof");
            tree.inclusionProof(index, tree.size()).forEach(h -> proof.add(Base64.getEncoder().encodeToString(h)));
        }
        return answer;
    }
}
