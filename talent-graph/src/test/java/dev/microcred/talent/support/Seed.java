package dev.microcred.talent.support;

/** The seed credentials: the six of shared/seed/micro-credentials.md, and more in their shape. */
public final class Seed {

    private Seed() {
    }

    /** The HTML block of seed credential {@code number} (1 to 6), as verifiable-text's tests hold it. */
    public static String html(int number) {
        return dev.microcred.text.Seed.html(number);
    }

    /**
     * A skill module in the shape of seed credential 1, for another credential of the same holder: the AWS pathway
     * needs four of them.
     */
    public static String awsModule(String holder, String credential, String serial) {
        return "SKILL CREDENTIAL\nAWS Training and Certification\n\nHolder: " + holder + "\n\nCredential: " + credential
                + "\nType: Specialty Module\nLevel: Advanced\n\nCompleted: January 3, 2026\nScore: 91%\n\n"
                + "Serial: " + serial + "\nverify:aws.training/cred/" + serial;
    }
}
