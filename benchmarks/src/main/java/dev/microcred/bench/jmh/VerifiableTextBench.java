package dev.microcred.bench.jmh;

import dev.microcred.text.HtmlBlock;
import dev.microcred.text.VerifiableText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What issuing (and every verifier client) does per credential: normalize the text and hash it,
 * from plain text and from the HTML block with markers. The text is the seed's AWS Lambda credential.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VerifiableTextBench {
    private String html;
    private String plain;

    @Setup
    public void load() {
        try (InputStream in = VerifiableTextBench.class.getResourceAsStream("/seed-micro1.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The text a client reads off the page: the credential's lines and its verify line.
        plain = HtmlBlock.extractText(html);
    }

    @Benchmark
    public String normalizeAndHashPlainText() {
        return VerifiableText.fromPlainText(plain).hash();
    }

    @Benchmark
    public String extractNormalizeAndHashHtml() {
        return VerifiableText.fromHtml(html).hash();
    }
}
