package dev.microcred.status.verify;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Which peers may name the host a verify request is for. Verify binds a hash to its issuer's
 * domain (protocol section 6), so the host decides the answer: a client that could set
 * X-Forwarded-Host itself could ask one issuer's hash through another's domain. The header is
 * therefore read only when the TCP peer is one of these proxies, and then only its right-most
 * value, the one the proxy next to us wrote; from anyone else, Host decides. Entries are IP
 * literals or CIDR ranges ({@code 10.0.0.0/8}, {@code fd00::/8}); none by default.
 */
public final class TrustedProxies {
    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** @throws IllegalArgumentException for an entry that is not an IP literal or CIDR range */
    public static TrustedProxies of(List<String> entries) {
        return new TrustedProxies(entries.stream().map(String::trim).filter(e -> !e.isEmpty()).map(TrustedProxies::range)
                .toList());
    }

    /** The host header verify reads: the right-most X-Forwarded-Host from a trusted proxy, else Host. */
    public String hostHeader(String peerAddress, String host, String forwardedHost) {
        if (forwardedHost == null || forwardedHost.isBlank() || !trusts(peerAddress)) {
            return host;
        }
        return forwardedHost.substring(forwardedHost.lastIndexOf(',') + 1).trim();
    }

    /**
     * The client a request came from, for per-client limits: the right-most X-Forwarded-For entry
     * when a trusted proxy sent it (the address that proxy saw), else the TCP peer.
     */
    public String clientAddress(String peerAddress, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trusts(peerAddress)) {
            return peerAddress;
        }
        return forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).trim();
    }

    boolean trusts(String peerAddress) {
        if (ranges.isEmpty() || peerAddress == null) {
            return false;
        }
        byte[] address = literal(peerAddress);
        return address != null && ranges.stream().anyMatch(r -> r.contains(address));
    }

    private static Range range(String entry) {
        int slash = entry.indexOf('/');
        byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
        if (network == null) {
            throw new IllegalArgumentException("status.trusted-proxies: not an IP address or CIDR range: " + entry);
        }
        int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(entry.substring(slash + 1));
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("status.trusted-proxies: prefix out of range: " + entry);
        }
        return new Range(network, prefix);
    }

    /** The address's bytes, or null when it is not an IP literal (never a DNS look-up). */
    static byte[] literal(String text) {
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        boolean ipv4 = !bare.isEmpty() && bare.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.');
        boolean ipv6 = bare.indexOf(':') >= 0 && bare.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f'
                || c >= 'A' && c <= 'F' || c == '.' || c == ':');
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(bare).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
