package dev.microcred.merkle;

import java.util.Objects;

/**
 * A signed note, or the checkpoint inside it, that must not be trusted.
 *
 * <p>Checked for the same reason as {@link ProofException}: notes come from other parties, and a rejection is an
 * answer the caller must act on. The {@link Kind} separates a note that is not even well formed from one whose
 * signature does not hold, which a monitor reports very differently (the second is evidence of forgery).
 */
public class NoteException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the note was rejected. */
    public enum Kind {
        /** Not a signed note: no blank line before signatures, a bad signature line, a control character. */
        MALFORMED_NOTE,
        /** A correctly signed note whose text is not a tlog-checkpoint body. */
        MALFORMED_CHECKPOINT,
        /** No signature line carries this verifier's key name and key ID. */
        NO_SIGNATURE_BY_KEY,
        /** A signature line of this verifier's key whose signature does not verify over the text. */
        BAD_SIGNATURE
    }

    private final Kind kind;

    public NoteException(Kind kind, String message) {
        super(kind + ": " + message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
