package dev.microcred.status.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a client's request is read: the client turns {@code verify:aws.training/cred/jc-lambda-2026}
 * into {@code https://aws.training/cred/jc-lambda-2026/<hash>} (protocol section 4); which header
 * names the host is TrustedProxies' choice. Paths arrive as JAX-RS gives them, without the leading
 * slash.
 */
class VerifyRequestTest {
    /** Seed credential 1's hash, the protocol's worked example. */
    private static final String HASH = "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded";

    @ParameterizedTest(name = "host header ''{0}'' reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "aws.training                         | aws.training",
            "aws.training:443                     | aws.training",
            "AWS.Training                         | aws.training",
            "AWS.TRAINING:8443                    | aws.training",
            "' aws.training '                     | aws.training",
            "[::1]:8082                           | [::1]",
            "[::1]                                | [::1]"})
    void hostIsLowerCasedWithoutPort(String header, String host) {
        //Given the header that names the host, with a port or in upper case
        //When it is read
        VerifyRequest request = VerifyRequest.of("cred/" + HASH, header);

        //Then only the client's host name remains
        assertEquals(host, request.host());
    }

    @ParameterizedTest(name = "host header ''{0}'' reads as an empty host")
    @ValueSource(strings = {",", "aws.training, proxy.internal", ", aws.training"})
    void aListIsNoHost(String header) {
        //Given a list where one host belongs (TrustedProxies has already taken a proxy's entry of a forwarded list)
        //When it is read
        VerifyRequest request = VerifyRequest.of("cred/" + HASH, header);

        //Then the host is empty, which no issuer's domain matches
        assertEquals("", request.host());
    }

    @Test
    void noHostHeaderReadsAsEmptyHost() {
        //Given no header names the host
        //When the request is read
        VerifyRequest request = VerifyRequest.of("cred/" + HASH, null);

        //Then the host is empty, which no issuer's domain matches
        assertEquals("", request.host());
    }

    @ParameterizedTest(name = "path ''{0}'' splits into ''{1}'' and the hash")
    @CsvSource({
            "cred/jc-lambda-2026/" + HASH + ", /cred/jc-lambda-2026",
            "/cred/jc-lambda-2026/" + HASH + ", /cred/jc-lambda-2026",
            "cred/" + HASH + ", /cred",
            "/" + HASH + ", ''",
            HASH + ", ''"})
    void pathSplitsIntoDirectoryAndLastSegment(String path, String directory) {
        //Given a path as the client builds it
        //When it is read
        VerifyRequest request = VerifyRequest.of(path, "aws.training");

        //Then everything before the last slash is the directory and the hash is the last segment
        assertEquals(directory, request.directory());
        assertEquals(HASH, request.last());
    }

    @Test
    void sixtyFourLowerCaseHexCharactersAreAWellFormedHash() {
        //Given seed credential 1's hash
        //When it is asked for
        VerifyRequest request = VerifyRequest.of("cred/jc-lambda-2026/" + HASH, "aws.training");

        //Then the hash is well formed and read as it is
        assertTrue(request.hasWellFormedHash());
        assertEquals(HASH, request.hash());
    }

    @Test
    void upperCaseHexIsAcceptedAndReadAsLowerCase() {
        //Given a client that writes the hash in upper case
        //When it is asked for
        VerifyRequest request = VerifyRequest.of("cred/" + HASH.toUpperCase(), "aws.training");

        //Then it is well formed and looked up as the lower-case hash the issuer published
        assertTrue(request.hasWellFormedHash());
        assertEquals(HASH, request.hash());
    }

    @ParameterizedTest(name = "''{0}'' is a malformed hash")
    @ValueSource(strings = {
            "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13de",
            "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded0",
            "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13deg",
            "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13de ",
            "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13de\u0663",
            "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13de\uff11",
            "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13de:",
            "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13de`",
            "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13deG",
            "jc-lambda-2026",
            ""})
    void anythingButSixtyFourHexCharactersIsMalformed(String last) {
        //Given a last segment that is too short, too long, not hex (a non-ASCII digit, or the characters
        //next to 0-9, a-f and A-F) or not a hash at all
        //When it is read
        VerifyRequest request = VerifyRequest.of("cred/" + last, "aws.training");

        //Then it is not a well-formed hash (the endpoint answers 400)
        assertFalse(request.hasWellFormedHash());
    }

    @Test
    void verificationMetaJsonAtTheVerifyBaseAsksForMetadata() {
        //Given a client fetching https://aws.training/cred/verification-meta.json
        //When it is read
        VerifyRequest request = VerifyRequest.of("cred/verification-meta.json", "aws.training");

        //Then it asks for the metadata of the base /cred, and is no hash
        assertTrue(request.asksForMetadata());
        assertEquals("/cred", request.directory());
        assertFalse(request.hasWellFormedHash());
    }

    @Test
    void hashRequestDoesNotAskForMetadata() {
        //Given a hash request
        //When it is read
        VerifyRequest request = VerifyRequest.of("cred/jc-lambda-2026/" + HASH, "aws.training");

        //Then it is not a metadata request
        assertFalse(request.asksForMetadata());
    }
}
