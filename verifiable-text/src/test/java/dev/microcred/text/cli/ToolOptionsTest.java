package dev.microcred.text.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToolOptionsTest {

    @Test
    void noArgumentsReadStandardInputOfflineWithAutoDetection() throws UsageException {
        // Given no arguments / When parsed
        ToolOptions options = ToolOptions.parse();

        // Then the tool reads stdin, guesses the format, and makes no request
        assertTrue(options.readsStdin());
        assertEquals(ToolOptions.InputMode.AUTO, options.mode());
        assertFalse(options.check());
        assertFalse(options.insecureHttp());
        assertEquals(Map.of(), options.resolve());
    }

    @Test
    void allOptionsAreReadInAnyOrder() throws UsageException {
        // Given every option, the file in the middle, both spellings of --resolve
        ToolOptions options = ToolOptions.parse("--check", "--resolve", "aws.training=127.0.0.1:8080",
                "cred.html", "--html", "--resolve=cityandguilds.com=localhost:9090", "--insecure-http");

        // When parsed / Then each is kept
        assertEquals("cred.html", options.file());
        assertFalse(options.readsStdin());
        assertEquals(ToolOptions.InputMode.HTML, options.mode());
        assertTrue(options.check());
        assertTrue(options.insecureHttp());
        assertEquals(Map.of("aws.training", "127.0.0.1:8080", "cityandguilds.com", "localhost:9090"), options.resolve());
    }

    @Test
    void dashMeansStandardInputAndPlainForcesPlainText() throws UsageException {
        // Given "-" and --plain / When parsed / Then stdin is read as plain text
        ToolOptions options = ToolOptions.parse("-", "--plain");

        assertTrue(options.readsStdin());
        assertEquals(ToolOptions.InputMode.PLAIN, options.mode());
    }

    @Test
    void helpIsAnOptionNotAFile() throws UsageException {
        // Given --help / When parsed / Then the tool knows to print its usage
        assertTrue(ToolOptions.parse("--help").help());
    }

    @Test
    void conflictingOrUnknownArgumentsAreUsageErrorsThatNameTheProblem() {
        // Given command lines the tool cannot run / When parsed / Then each is refused with a reason
        assertUsageError("exclude each other", "--html", "--plain");
        assertUsageError("unknown option --chek", "--chek");
        assertUsageError("only one input", "a.txt", "b.txt");
        assertUsageError("needs a value", "--resolve");
        assertUsageError("domain=host:port", "--resolve", "aws.training");
        assertUsageError("domain=host:port", "--resolve", "aws.training=127.0.0.1");
        assertUsageError("domain=host:port", "--resolve", "=127.0.0.1:80");
    }

    private static void assertUsageError(String expected, String... args) {
        UsageException e = assertThrows(UsageException.class, () -> ToolOptions.parse(args));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
