package dev.microcred.talent.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The six seed credential blocks, copied verbatim from shared/seed/micro-credentials.md. */
public final class Seed {

    private Seed() {
    }

    /** The HTML block of seed credential {@code number} (1 to 6). */
    public static String html(int number) {
        String resource = "/seed/micro" + number + ".html";
        try (InputStream in = Seed.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
