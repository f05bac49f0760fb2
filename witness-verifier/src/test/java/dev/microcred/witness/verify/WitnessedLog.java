package dev.microcred.witness.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microcred.merkle.Checkpoint;
import dev.microcred.merkle.Hasher;
import dev.microcred.merkle.InMemoryTree;
import dev.microcred.merkle.NoteSigner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A witness's log in memory, shaped like the ledger's: leaves in the ledger's leaf format (sealing the revocation
 * reason and related hash, or, for leaves written before sealing, holding the whole delta), a signed checkpoint.
 */
final class WitnessedLog {

    static final ObjectMapper JSON = new ObjectMapper();

    final NoteSigner signer = NoteSigner.generate("witness.example/eu-a");
    private final InMemoryTree tree = new InMemoryTree(Hasher.RFC6962_SHA256);
    private final List<String> leaves = new ArrayList<>();
    private final List<String> openings = new ArrayList<>();

    /** Appends a delta the way the ledger does and returns its leaf index. */
    long witness(String hash, String status, long issuerSequence) {
        String reason = status.equals("REVOKED") ? "\"FRAUD\"" : "null";
        String opening = "{\"salt\":\"" + "%032x".formatted(leaves.size()) + "\",\"fields\":{\"relatedHash\":null,"
                + "\"reason\":" + reason + ",\"issuedAt\":\"2026-01-03T10:15:00.123Z\"}}";
        return append("{\"v\":2,\"delta\":{\"v\":1,\"deltaId\":\"d-" + leaves.size() + "\",\"hash\":\"" + hash
                + "\",\"status\":\"" + status + "\",\"issuerId\":\"aws-training\",\"issuerSequence\":"
                + issuerSequence + ",\"issuedAt\":\"2026-01-03T10:15:00Z\"},\"sealed\":\"" + sha256Hex(opening)
                + "\",\"witnessedAt\":\"2026-02-01T08:00:0" + leaves.size() + ".412Z\"}", opening);
    }

    /** Appends a delta as ledgers did before they sealed fields: the whole delta in the leaf. */
    long witnessWhole(String hash, String status, long issuerSequence) {
        return append("{\"delta\":{\"v\":1,\"deltaId\":\"d-" + leaves.size() + "\",\"hash\":\"" + hash
                + "\",\"relatedHash\":null,\"status\":\"" + status + "\",\"issuerId\":\"aws-training\","
                + "\"issuerSequence\":" + issuerSequence + "},\"witnessedAt\":\"2026-02-01T08:00:0"
                + leaves.size() + ".412Z\"}", null);
    }

    /** Appends any leaf text, with no opening. */
    long append(String leaf) {
        return append(leaf, null);
    }

    private long append(String leaf, String opening) {
        leaves.add(leaf);
        openings.add(opening);
        return tree.append(leaf.getBytes(StandardCharsets.UTF_8));
    }

    String leaf(long index) {
        return leaves.get((int) index);
    }

    String opening(long index) {
        return openings.get((int) index);
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

    /** The ledger's answer to an auditor: each delta also carries the opening of its leaf's seal, if it has one. */
    ObjectNode auditAnswer(String hash, String status, long... leafIndexes) {
        ObjectNode answer = answer(hash, status, leafIndexes);
        for (int i = 0; i < leafIndexes.length; i++) {
            if (opening(leafIndexes[i]) != null) {
                ((ObjectNode) answer.get("deltas").get(i)).put("opening", opening(leafIndexes[i]));
            }
        }
        return answer;
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
