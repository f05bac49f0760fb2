package dev.microcred.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Protocol section 1: the HTML markers, written by the issuer and read by browser clients. */
class HtmlBlockTest {

    /** Seed credential 1's lines as the issuer holds them, blank lines included. */
    private static final List<String> SEED_ONE_LINES = List.of(
            "SKILL CREDENTIAL", "AWS Training and Certification", "",
            "Holder: james.chen@email.com", "",
            "Credential: AWS Lambda Deep Dive", "Type: Specialty Module", "Level: Advanced", "",
            "Completed: January 3, 2026", "Score: 94%", "Time: 4.2 hours", "",
            "Expires: Never (knowledge may become outdated)");
    private static final VerifyLine SEED_ONE_VERIFY = new VerifyLine("aws.training/cred/jc-lambda-2026");

    @Test
    void renderOfSeedCredentialOneIsTheSeedBlockWithoutIndentation() {
        // Given seed credential 1's lines, and its block as published in the seed
        String seed = Seed.html(1).lines().map(String::stripLeading).collect(Collectors.joining("\n"));

        // When the issuer renders the lines / Then the markup is the seed's, line for line
        assertEquals(seed, HtmlBlock.render("micro1", SEED_ONE_LINES, SEED_ONE_VERIFY));
    }

    @Test
    void renderedBlockRoundTripsToTheSameHash() {
        // Given lines with characters HTML must escape, typographic quotes and runs of spaces
        List<String> lines = List.of("City & Guilds <Level 3>", "", "Quote: \u201Cfast\u201D   \"exact\"", "  indented");
        VerifyLine line = new VerifyLine("cityandguilds.com/v/7891234-308");

        // When rendered and read back as a browser client reads it
        VerifiableText read = VerifiableText.fromHtml(HtmlBlock.render("c2", lines, line));

        // Then the hash is the one of the plain lines, and the verify line survives
        String plain = String.join("\n", lines) + "\n" + line.text();
        assertEquals(VerifiableText.fromPlainText(plain).hash(), read.hash());
        assertEquals(line, read.verifyLine());
    }

    @Test
    void renderEscapesMarkupCharactersInTheText() {
        // Given a line with & < > " / When rendered / Then they are entities, so the text cannot inject markup
        String html = HtmlBlock.render("x", List.of("a & <b> \"c\""), new VerifyLine("x.org"));
        assertTrue(html.contains("a &amp; &lt;b&gt; &quot;c&quot;<br>\n"), html);
    }

    @Test
    void renderRefusesLinesThatWouldSplitOrLeaveNothingToHash() {
        // Given a line holding a line break, or only blank lines / When rendered / Then refused
        VerifyLine line = new VerifyLine("x.org");
        assertThrows(IllegalArgumentException.class, () -> HtmlBlock.render("x", List.of("a\nb"), line));
        assertThrows(IllegalArgumentException.class, () -> HtmlBlock.render("x", List.of("", " "), line));
    }

    @Test
    void extractTextReadsTheSeedBlockAsABrowserShowsIt() {
        // Given seed credential 1's block / When its text is extracted
        String text = HtmlBlock.extractText(Seed.html(1));

        // Then <br> ends lines, source indentation is gone, and the markers are still there
        assertEquals("[" + String.join("\n", SEED_ONE_LINES) + "\n" + SEED_ONE_VERIFY.text() + " ]", text);
    }

    @Test
    void extractTextDecodesEntities() {
        // Given a block using named and numeric entities
        String html = "<span verifiable-text=\"start\" data-for=\"e\">[</span>"
                + "&amp; &lt; &gt; &quot; &#39; a&nbsp;b &#8211; &#x2014; &amp;lt; &copy;<br>"
                + "<span verifiable-text=\"end\" data-for=\"e\">]</span>";

        // When extracted / Then each is decoded once; unknown entities stay as written
        assertEquals("[& < > \" ' a\u00A0b \u2013 \u2014 &lt; &copy;\n]", HtmlBlock.extractText(html));
    }

    @Test
    void extractTextTakesTheFirstBlockAndItsOwnEndMarker() {
        // Given a page with two blocks whose markers carry attributes in another order and quoting
        String html = "<p>Intro</p><b data-for='one' verifiable-text='start'>[</b>First<br/>"
                + "<span data-verify-line=\"one\">verify:a.org</span> <span data-for=\"one\" verifiable-text=\"end\">]</span>"
                + "<span verifiable-text=\"start\" data-for=\"two\">[</span>Second<br>verify:b.org "
                + "<span verifiable-text=\"end\" data-for=\"two\">]</span>";

        // When extracted / Then only the first block's text comes back
        assertEquals("[First\nverify:a.org ]", HtmlBlock.extractText(html));
    }

    @Test
    void extractTextRefusesHtmlWithoutACompleteMarkedBlock() {
        // Given HTML without markers, and a block whose end marker is missing
        // When extracted / Then the error says which marker is missing
        VerifiableTextException none = assertThrows(VerifiableTextException.class,
                () -> HtmlBlock.extractText("<div>SKILL CREDENTIAL<br>verify:x.org</div>"));
        VerifiableTextException open = assertThrows(VerifiableTextException.class,
                () -> HtmlBlock.extractText("<span verifiable-text=\"start\" data-for=\"q\">[</span>A<br>verify:x.org"));

        assertTrue(none.getMessage().contains("no marked block"), none.getMessage());
        assertTrue(open.getMessage().contains("no verifiable-text=\"end\""), open.getMessage());
    }

    @Test
    void fromHtmlRefusesABlockWithoutVerifyLine() {
        // Given a marked block whose verify line is missing / When read / Then no verify line is reported
        String html = "<span verifiable-text=\"start\" data-for=\"q\">[</span>A<br>"
                + "<span verifiable-text=\"end\" data-for=\"q\">]</span>";
        assertThrows(VerifiableTextException.class, () -> VerifiableText.fromHtml(html));
    }
}
