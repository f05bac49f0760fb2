package dev.microcred.merkle;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A log's signed tree head in the C2SP tlog-checkpoint form (https://c2sp.org/tlog-checkpoint): the body of a
 * signed note made of the origin line, the tree size in decimal, the base64 root hash and any extension lines,
 * each ending in a newline.
 *
 * <p>{@link #body()} and {@link #parse} are exact inverses, and each checkpoint has exactly one body: no leading
 * zeros, canonical padded base64, no empty lines. That matters because the signature covers the body's bytes, and
 * a verifier must never be shown two bodies that read as the same checkpoint. The root hash is an RFC 6962
 * SHA-256 root, so 32 bytes. Extension lines are kept but not recommended by the specification (monitors cannot
 * audit them); the witness ledger writes none.
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {

    public Checkpoint {
        checkLine("origin", Objects.requireNonNull(origin, "origin"));
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative: " + size);
        }
        if (Objects.requireNonNull(rootHash, "rootHash").length != 32) {
            throw new IllegalArgumentException("root hash has " + rootHash.length + " bytes, want 32");
        }
        rootHash = rootHash.clone();
        extensions = List.copyOf(extensions);
        extensions.forEach(line -> checkLine("extension line", line));
    }

    public Checkpoint(String origin, long size, byte[] rootHash) {
        this(origin, size, rootHash, List.of());
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The note text to sign: every line, each ending in a newline. */
    public String body() {
        StringBuilder body = new StringBuilder()
                .append(origin).append('\n')
                .append(size).append('\n')
                .append(CanonicalBase64.encode(rootHash)).append('\n');
        extensions.forEach(line -> body.append(line).append('\n'));
        return body.toString();
    }

    /** Parses a body, as {@link NoteVerifier#open} returns it, refusing any spelling {@link #body()} would not make. */
    public static Checkpoint parse(String body) throws NoteException {
        if (!body.endsWith("\n")) {
            throw malformed("the body must end in a newline");
        }
        List<String> lines = List.of(body.substring(0, body.length() - 1).split("\n", -1));
        if (lines.size() < 3) {
            throw malformed("a checkpoint has at least three lines, got " + lines.size());
        }
        try {
            return new Checkpoint(lines.get(0), parseSize(lines.get(1)), CanonicalBase64.decode(lines.get(2)),
                    lines.subList(3, lines.size()));
        } catch (IllegalArgumentException e) {
            throw malformed(e.getMessage());
        }
    }

    private static long parseSize(String line) {
        if (!line.matches("0|[1-9][0-9]{0,18}")) {
            throw new IllegalArgumentException("tree size is not a decimal without leading zeros: " + line);
        }
        return Long.parseLong(line);
    }

    private static void checkLine(String what, String line) {
        if (line.isEmpty() || line.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException(what + " must be a non-empty line without control characters");
        }
    }

    private static NoteException malformed(String message) {
        return new NoteException(NoteException.Kind.MALFORMED_CHECKPOINT, message);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && origin.equals(that.origin) && size == that.size
                && Arrays.equals(rootHash, that.rootHash) && extensions.equals(that.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, size, extensions) * 31 + Arrays.hashCode(rootHash);
    }

    @Override
    public String toString() {
        return "Checkpoint[origin=" + origin + ", size=" + size + ", rootHash="
                + HexFormat.of().formatHex(rootHash) + ", extensions=" + extensions + "]";
    }
}
