package dev.microcred.witness.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.merkle.Checkpoint;
import dev.microcred.merkle.Hasher;
import dev.microcred.merkle.Inclusion;
import dev.microcred.merkle.NoteException;
import dev.microcred.merkle.NoteVerifier;
import dev.microcred.merkle.ProofException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Checks a witness ledger's {@code GET /v/{hash}} answer offline, trusting nothing but the witness's verifier key.
 *
 * <p>Everything the answer claims is recomputed from signed or hashed material: the checkpoint note's Ed25519
 * signature gives the tree size and root; each leaf text, hashed as an RFC 6962 leaf, must reach that root through
 * its inclusion proof at its index; the hash, status, issuer sequence and witness time are then read from the leaf
 * text itself, so the answer's own {@code status} and {@code witnessedAt} fields are only claims that must agree.
 * An auditor's answer also carries the opening of each leaf's seal, checked against the seal the leaf signs for.
 * What this cannot show is that the witness left nothing out: a later delta it never logged, or one it logged
 * after this checkpoint, is invisible here (that is what comparing checkpoints across witnesses is for).
 */
public final class WitnessAnswerCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Hasher HASHER = Hasher.RFC6962_SHA256;

    private final NoteVerifier key;

    /** @throws IllegalArgumentException if the verifier key text is malformed */
    public WitnessAnswerCheck(String verifierKey) {
        this.key = NoteVerifier.fromKeyText(verifierKey);
    }

    /** Checks an answer's JSON text; {@code expectedHash} (lowercase hex) may be null to accept the answer's hash. */
    public WitnessedAnswer check(String answerJson, String expectedHash) throws NotVerifiedException {
        try {
            return check(JSON.readTree(Objects.requireNonNull(answerJson, "answerJson")), expectedHash);
        } catch (JsonProcessingException e) {
            throw new NotVerifiedException("the answer is not JSON: " + e.getOriginalMessage());
        }
    }

    public WitnessedAnswer check(JsonNode answer, String expectedHash) throws NotVerifiedException {
        String hash = AnswerFields.text(answer, "hash");
        if (expectedHash != null && !expectedHash.equalsIgnoreCase(hash)) {
            throw new NotVerifiedException("the answer is about " + hash + ", not " + expectedHash);
        }
        Checkpoint checkpoint = openCheckpoint(AnswerFields.text(answer, "checkpoint"));
        long treeSize = AnswerFields.number(answer, "treeSize");
        if (checkpoint.size() != treeSize) {
            throw new NotVerifiedException("the answer claims tree size " + treeSize
                    + " but its checkpoint is signed for size " + checkpoint.size());
        }
        List<WitnessedAnswer.Delta> deltas = new ArrayList<>();
        for (JsonNode delta : AnswerFields.nonEmptyArray(answer, "deltas")) {
            deltas.add(checkDelta(delta, hash, checkpoint));
        }
        String status = deltas.stream().max(Comparator.comparingLong(WitnessedAnswer.Delta::issuerSequence))
                .orElseThrow().status();
        String claimed = AnswerFields.text(answer, "status");
        if (!status.equals(claimed)) {
            throw new NotVerifiedException("the answer claims " + claimed
                    + " but the latest witnessed delta says " + status);
        }
        return new WitnessedAnswer(checkpoint.origin(), treeSize, hash, status, deltas);
    }

    private Checkpoint openCheckpoint(String note) throws NotVerifiedException {
        try {
            return key.verify(note);
        } catch (NoteException e) {
            throw new NotVerifiedException("the checkpoint is not signed by " + key.keyName() + ": " + e.getMessage());
        }
    }

    private static WitnessedAnswer.Delta checkDelta(JsonNode delta, String hash, Checkpoint checkpoint)
            throws NotVerifiedException {
        long leafIndex = AnswerFields.number(delta, "leafIndex");
        String leaf = AnswerFields.text(delta, "leaf");
        try {
            Inclusion.verify(HASHER, leafIndex, checkpoint.size(),
                    HASHER.hashLeaf(leaf.getBytes(StandardCharsets.UTF_8)),
                    AnswerFields.base64List(delta, "inclusionProof"), checkpoint.rootHash());
        } catch (ProofException e) {
            throw new NotVerifiedException("leaf " + leafIndex + " is not in the signed tree: " + e.getMessage());
        }
        WitnessedAnswer.Delta proven = WitnessLeaf.read(leafIndex, leaf, hash);
        String claimedTime = delta.path("witnessedAt").asText(null);
        if (claimedTime != null && !claimedTime.equals(proven.witnessedAt())) {
            throw new NotVerifiedException("leaf " + leafIndex + " was witnessed at " + proven.witnessedAt()
                    + ", not " + claimedTime);
        }
        JsonNode opening = delta.get("opening");
        return opening == null || opening.isNull() ? proven : open(proven, opening);
    }

    /**
     * An auditor's answer opens each leaf's seal: the opening's SHA-256 must be the seal the signed leaf carries, so
     * the fields it reveals are the ones the witness committed to when it logged the leaf.
     */
    private static WitnessedAnswer.Delta open(WitnessedAnswer.Delta proven, JsonNode opening)
            throws NotVerifiedException {
        long leafIndex = proven.leafIndex();
        if (proven.seal() == null) {
            throw new NotVerifiedException("leaf " + leafIndex + " seals nothing, yet the answer opens it");
        }
        if (!opening.isTextual() || !proven.seal().equals(sha256Hex(opening.asText()))) {
            throw new NotVerifiedException("the opening of leaf " + leafIndex + " does not match its seal");
        }
        try {
            JsonNode fields = JSON.readTree(opening.asText()).path("fields");
            if (!fields.isObject()) {
                throw new NotVerifiedException("the opening of leaf " + leafIndex + " holds no fields");
            }
            return proven.withOpened(JSON.writeValueAsString(fields));
        } catch (JsonProcessingException e) {
            throw new NotVerifiedException("the opening of leaf " + leafIndex + " is not JSON");
        }
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
