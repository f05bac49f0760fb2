package dev.microcred.issuer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.microcred.text.VerifiableText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CredentialRendererTest {

    static List<SeedCredential> seedCredentials() {
        return SeedCredential.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedCredentials")
    void seedCredentialRendersLineForLineAsTheSeedBlock(SeedCredential seed) {
        // Given the fields shown in the seed block
        // When the credential is rendered without a serial
        VerifiableCredentialText text = seed.render();

        // Then the text is the seed block, verify line included
        assertEquals(SeedBlocks.lines(seed.block()), text.plainText().lines().toList());
        assertEquals(SeedBlocks.plainText(seed.block()), text.plainText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedCredentials")
    void clientReadingThePlainTextComputesTheRecordedHash(SeedCredential seed) {
        // Given a rendered seed credential
        VerifiableCredentialText text = seed.render();

        // When a client hashes the text it sees
        VerifiableText seen = VerifiableText.fromPlainText(text.plainText());

        // Then it asks for the hash the issuer recorded, at the issuer's verify address
        assertEquals(text.hash(), seen.hash());
        assertEquals(text.normalizedText(), seen.normalizedText());
        assertEquals(text.verifyLine().text(), seen.verifyLine().text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedCredentials")
    void browserClientReadingTheHtmlComputesTheRecordedHash(SeedCredential seed) {
        // Given a rendered seed credential published as HTML
        VerifiableCredentialText text = seed.render();

        // When a browser client hashes the marked block
        VerifiableText seen = VerifiableText.fromHtml(text.html(seed.block()));

        // Then it computes the same hash
        assertEquals(text.hash(), seen.hash());
    }

    @Test
    void lambdaDeepDiveHashesToTheProtocolsWorkedExample() {
        // Given seed credential 1
        // When it is rendered
        VerifiableCredentialText text = SeedCredential.lambdaDeepDive().render();

        // Then the hash is the one the verify protocol gives
        assertEquals("3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded", text.hash());
        assertEquals(10, text.normalizedText().lines().count());
    }

    @Test
    void serialLineSitsJustAboveTheVerifyLineAndChangesTheHash() {
        // Given seed credential 1 and a serial
        SeedCredential seed = SeedCredential.lambdaDeepDive();
        Serial serial = new Serial("7KF3-K49E-MXR9-3WAC-HN7T");

        // When it is rendered with and without the serial
        VerifiableCredentialText salted = CredentialRenderer.render(seed.content(), seed.issuer(), seed.style(),
                seed.verifyLine(), Optional.of(serial));
        VerifiableCredentialText plain = seed.render();

        // Then the serial follows a blank line, right above the verify line, and is part of the hash
        List<String> lines = salted.plainText().lines().toList();
        assertEquals(List.of("", "Serial: 7KF3-K49E-MXR9-3WAC-HN7T", "verify:aws.training/cred/jc-lambda-2026"),
                lines.subList(lines.size() - 3, lines.size()));
        assertNotEquals(plain.hash(), salted.hash());
        assertEquals(salted.hash(), VerifiableText.fromPlainText(salted.plainText()).hash());
    }

    @Test
    void issuerLineFollowsTheHeaderAndABlankLineFollowsIt() {
        // Given a seed credential
        SeedCredential seed = SeedCredential.cardiacImaging();

        // When it is rendered
        List<String> lines = seed.render().lines();

        // Then header, issuer and a blank line open the text, and the verify line is not among the lines
        assertEquals(List.of("CONTINUING EDUCATION UNIT", "American Medical Association", ""), lines.subList(0, 3));
        assertEquals("Provider: UCSF Medical Center", lines.get(lines.size() - 1));
    }

    @Test
    void issuerWithoutDisplayNameIsRejected() {
        // Given a seed credential
        SeedCredential seed = SeedCredential.lambdaDeepDive();

        // When it is rendered without an issuer name, Then the renderer names the missing field
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> CredentialRenderer.render(seed.content(), " ", seed.style(), seed.verifyLine(), Optional.empty()));
        assertEquals("issuerDisplayName is required", error.getMessage());
    }
}
