package dev.microcred.issuer.document;

/**
 * The seven kinds of micro-credential an issuer can sign. Each prints its own header as the first
 * line of the verifiable text, so a reader (and a verifier) sees the kind of claim before anything
 * else: the assessment rigor differs a lot between a peer attestation and a practical assessment.
 */
public enum DocumentType {
    SKILL_MODULE("SKILL CREDENTIAL"),
    PRACTICAL_COMPETENCY("PRACTICAL COMPETENCY"),
    PEER_ATTESTATION("PEER SKILL ATTESTATION"),
    CONTINUING_EDUCATION("CONTINUING EDUCATION UNIT"),
    LANGUAGE_PROFICIENCY("LANGUAGE PROFICIENCY"),
    OPEN_BADGE("OPEN BADGE"),
    PROJECT_COMPLETION("PROJECT COMPLETION");

    private final String header;

    DocumentType(String header) {
        this.header = header;
    }

    /** The first line of the credential text, e.g. {@code SKILL CREDENTIAL}. */
    public String header() {
        return header;
    }
}
