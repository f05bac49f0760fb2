package dev.microcred.status.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may name the host a verify request is for. The host decides which issuer's domain binding
 * applies (protocol section 6), so a client must not choose it with a header of its own.
 */
class TrustedProxiesTest {
    private static final TrustedProxies LOAD_BALANCERS = TrustedProxies.of(List.of("10.0.0.0/8", "192.168.1.7", "fd00::/8"));

    @ParameterizedTest(name = "X-Forwarded-Host from {0} is read")
    @ValueSource(strings = {"10.1.2.3", "192.168.1.7", "fd00::1", "::ffff:10.9.9.9"})
    void aTrustedProxyNamesTheHost(String peer) {
        //Given a request for aws.training that the load balancer passed on to the service's own address
        //When it is read
        String host = LOAD_BALANCERS.hostHeader(peer, "status-stream:8082", "aws.training");

        //Then the host is the one the verifier asked
        assertEquals("aws.training", host);
    }

    @ParameterizedTest(name = "X-Forwarded-Host from {0} is ignored")
    @ValueSource(strings = {"203.0.113.9", "192.168.1.8", "11.0.0.1", "fe80::1", "127.0.0.1"})
    void anyoneElsesForwardedHostIsIgnored(String peer) {
        //Given a client that is not one of the proxies sends X-Forwarded-Host naming another issuer's domain
        //When it is read
        String host = LOAD_BALANCERS.hostHeader(peer, "aws.training", "cityandguilds.com");

        //Then Host decides
        assertEquals("aws.training", host);
    }

    @Test
    void byDefaultNoPeerIsTrusted() {
        assertEquals("aws.training", TrustedProxies.none().hostHeader("127.0.0.1", "aws.training", "cityandguilds.com"));
        assertEquals("aws.training", TrustedProxies.of(List.of()).hostHeader("10.0.0.1", "aws.training", "evil.example"));
    }

    @ParameterizedTest(name = "X-Forwarded-Host ''{0}'' reads as ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "'cityandguilds.com, aws.training'     | aws.training",
            "'a.example,b.example, aws.training '  | aws.training",
            "'aws.training,'                       | ''"})
    void onlyTheRightMostHopIsTheProxys(String forwardedHost, String expected) {
        //Given a chain where the client wrote the first entries and our proxy appended the last
        //When it is read
        String host = LOAD_BALANCERS.hostHeader("10.0.0.2", "status-stream:8082", forwardedHost);

        //Then only the entry our proxy wrote counts
        assertEquals(expected, host);
    }

    @ParameterizedTest(name = "a blank X-Forwarded-Host ''{0}'' falls back to Host")
    @ValueSource(strings = {"", "  "})
    void aBlankForwardedHostFallsBackToHost(String forwardedHost) {
        assertEquals("aws.training", LOAD_BALANCERS.hostHeader("10.0.0.2", "aws.training", forwardedHost));
        assertEquals("aws.training", LOAD_BALANCERS.hostHeader("10.0.0.2", "aws.training", null));
    }

    @ParameterizedTest(name = "''{0}'' is refused at start-up")
    @ValueSource(strings = {"proxy.internal", "10.0.0.0/33", "cafe.be", "10.0.0.0/x"})
    void anEntryThatIsNoAddressIsRefused(String entry) {
        // Never a DNS look-up: a name could later resolve to anyone
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of(List.of(entry)));
    }
}
