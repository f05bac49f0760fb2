package dev.microcred.talent.portfolio;

import dev.microcred.text.VerifiableText;
import dev.microcred.text.client.LiveAnswer;
import dev.microcred.text.client.LiveVerifier;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link IssuerCheck} over HTTPS to the issuer's domain, as a phone would ask. {@code talent.verify.resolve} sends
 * chosen domains ({@code *} for all) to another host:port over plain HTTP with the Host header kept: in the local
 * stack every issuer domain is served by status-stream on 127.0.0.1.
 */
@Startup // a misconfiguration stops the start, not a holder's first request
@ApplicationScoped
public class LiveIssuerCheck implements IssuerCheck {

    private final LiveVerifier verifier;

    LiveIssuerCheck(@ConfigProperty(name = "talent.verify.resolve") Optional<String> resolve) {
        Map<String, String> resolved = parse(resolve.orElse(""));
        if (!resolved.isEmpty() && !System.getProperty("jdk.httpclient.allowRestrictedHeaders", "").contains("host")) {
            throw new IllegalStateException("talent.verify.resolve needs the JVM option"
                    + " -Djdk.httpclient.allowRestrictedHeaders=host, so the issuer's domain can go in the Host header");
        }
        this.verifier = new LiveVerifier(resolved, false);
    }

    @Override
    public LiveAnswer ask(VerifiableText text) throws InterruptedException {
        return verifier.verify(text);
    }

    /** {@code domain=host:port,...} */
    static Map<String, String> parse(String setting) {
        return Arrays.stream(setting.split(",")).map(String::trim).filter(entry -> !entry.isEmpty())
                .map(entry -> entry.split("=", 2))
                .peek(pair -> {
                    if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                        throw new IllegalArgumentException("talent.verify.resolve takes domain=host:port entries");
                    }
                })
                .collect(Collectors.toMap(pair -> pair[0].trim(), pair -> pair[1].trim()));
    }
}
