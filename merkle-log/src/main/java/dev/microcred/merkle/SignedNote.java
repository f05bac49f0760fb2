package dev.microcred.merkle;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The C2SP signed-note envelope (https://c2sp.org/signed-note): a text ending in a newline, a blank line, then
 * one or more lines "U+2014 EM DASH, space, key name, space, base64(4-byte key ID || signature), newline".
 *
 * <p>Parsing only checks the form; which signatures count is {@link NoteVerifier}'s decision. The text is split
 * from the signatures at the last blank line, as the specification says, so a text may itself hold blank lines.
 */
record SignedNote(String text, List<SignatureLine> signatures) {

    /** The start of every signature line. */
    static final String SIGNATURE_PREFIX = "\u2014 ";

    /** More than this many signature lines is taken for an attempt to make verification slow (as Go's note). */
    static final int MAX_SIGNATURES = 100;

    /** One signature line, decoded. */
    record SignatureLine(String keyName, int keyId, byte[] signature) {
    }

    static SignedNote parse(String note) throws NoteException {
        if (!isNoteText(note)) {
            throw malformed("a note must be UTF-8 text ending in a newline with no control characters but newlines");
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw malformed("no blank line separates the text from the signatures");
        }
        String[] lines = note.substring(split + 2).split("\n");
        if (lines.length > MAX_SIGNATURES) {
            throw malformed("more than " + MAX_SIGNATURES + " signature lines");
        }
        List<SignatureLine> signatures = new ArrayList<>();
        for (String line : lines) {
            signatures.add(parseSignatureLine(line));
        }
        return new SignedNote(note.substring(0, split + 1), List.copyOf(signatures));
    }

    private static SignatureLine parseSignatureLine(String line) throws NoteException {
        int space = line.indexOf(' ', SIGNATURE_PREFIX.length());
        if (!line.startsWith(SIGNATURE_PREFIX) || space < 0) {
            throw malformed("not a signature line: " + line);
        }
        String keyName = line.substring(SIGNATURE_PREFIX.length(), space);
        byte[] decoded;
        try {
            decoded = CanonicalBase64.decode(line.substring(space + 1));
        } catch (IllegalArgumentException e) {
            throw malformed("signature is not base64: " + line);
        }
        if (!isValidKeyName(keyName) || decoded.length < 5) {
            throw malformed("bad key name or signature too short: " + line);
        }
        byte[] signature = new byte[decoded.length - 4];
        System.arraycopy(decoded, 4, signature, 0, signature.length);
        return new SignatureLine(keyName, ByteBuffer.wrap(decoded).getInt(), signature);
    }

    static String signatureLine(String keyName, int keyId, byte[] signature) {
        byte[] blob = ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
        return SIGNATURE_PREFIX + keyName + " " + CanonicalBase64.encode(blob) + "\n";
    }

    /** A text that can be signed: it ends in a newline and holds no control characters but newlines. */
    static void checkText(String text) {
        if (!isNoteText(text)) {
            throw new IllegalArgumentException(
                    "note text must be UTF-8 text ending in a newline with no control characters but newlines");
        }
    }

    /** Key names are non-empty and hold no Unicode spaces and no plus sign (signed-note). */
    static boolean isValidKeyName(String name) {
        return !name.isEmpty() && name.codePoints().noneMatch(c -> c == '+' || Character.isWhitespace(c)
                || Character.isSpaceChar(c) || Character.isISOControl(c));
    }

    /** A lone surrogate would be signed as '?', so two different strings could share one signature. */
    private static boolean isNoteText(String text) {
        return text.endsWith("\n") && text.chars().noneMatch(c -> c < 0x20 && c != '\n')
                && StandardCharsets.UTF_8.newEncoder().canEncode(text);
    }

    private static NoteException malformed(String message) {
        return new NoteException(NoteException.Kind.MALFORMED_NOTE, message);
    }
}
