package dev.microcred.forwarder.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A push URL may not aim the forwarder inside the platform's network: every address its host
 * resolves to must be public. Hosts resolve through a table here, so no test depends on DNS.
 */
class PushDestinationsTest {
    private static final Map<String, String[]> DNS = Map.of(
            "witness.example", new String[] {"203.0.113.10"},
            "rebound.example", new String[] {"203.0.113.10", "10.0.0.5"},
            "metadata.example", new String[] {"169.254.169.254"});
    private final PushDestinations publicOnly = new PushDestinations(false, PushDestinationsTest::resolve);

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] addresses = DNS.get(host);
        if (addresses == null) {
            return new InetAddress[] {InetAddress.getByName(host)}; // IP literals only: never a look-up
        }
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByName(addresses[i]);
        }
        return resolved;
    }

    @Test
    void aWitnessOnAPublicAddressMayBePushedTo() {
        assertEquals(Optional.empty(), publicOnly.refusal(URI.create("https://witness.example/witness/v1/deltas")));
        assertEquals(Optional.empty(), publicOnly.refusal(URI.create("https://[2001:db8::1]/deltas")));
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"https://127.0.0.1/deltas", "https://[::1]/deltas", "https://10.1.2.3/deltas",
            "https://172.16.0.9/deltas", "https://192.168.1.1/deltas", "https://169.254.169.254/latest/meta-data",
            "https://[fe80::1]/deltas", "https://[fd00:ec2::254]/deltas", "https://100.64.0.1/deltas",
            "https://0.0.0.0/deltas", "https://metadata.example/deltas", "https://rebound.example/deltas"})
    void loopbackPrivateLinkLocalAndMetadataAddressesAreRefused(String url) {
        //Given an address inside the platform's network, directly or behind a name (one of several is enough)
        //Then it is refused, naming the address
        Optional<String> refusal = publicOnly.refusal(URI.create(url));
        assertTrue(refusal.isPresent(), url);
        assertTrue(refusal.get().contains("non-public"), refusal.get());
    }

    @Test
    void aHostThatDoesNotResolveIsRefused() {
        PushDestinations nowhere = new PushDestinations(false, host -> {
            throw new UnknownHostException(host);
        });
        assertEquals(Optional.of("its host does not resolve"), nowhere.refusal(URI.create("https://gone.example/d")));
    }

    @Test
    void localStacksMayAllowPrivateAddresses() {
        assertEquals(Optional.empty(), new PushDestinations(true, PushDestinationsTest::resolve)
                .refusal(URI.create("http://127.0.0.1:8084/witness/v1/deltas")));
    }
}
