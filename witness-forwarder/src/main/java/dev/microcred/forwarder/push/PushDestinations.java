package dev.microcred.forwarder.push;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where the forwarder may push. An operator registers a witness's push URL, and the forwarder then
 * POSTs to it from inside the platform's network. Without a check, such a URL could aim the
 * forwarder at the platform itself: loopback, a private address behind the firewall, or a cloud
 * metadata service (169.254.169.254, link-local). Every address the host resolves to must be public.
 * The check runs at registration and again before each push, since DNS may change between the two.
 * A resolver answering one address to the check and another to the connection is not covered; a
 * deployment that fears it pins its witnesses' addresses in the egress firewall as well.
 * Local stacks and tests, whose witnesses listen on loopback, allow private addresses.
 */
public final class PushDestinations {
    /** Resolves a host name to its addresses. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public PushDestinations(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    public static PushDestinations of(boolean allowPrivate) {
        return new PushDestinations(allowPrivate, InetAddress::getAllByName);
    }

    /** Why the forwarder may not push to this URL, or empty when it may. */
    public Optional<String> refusal(URI url) {
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = url.getHost();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("its host does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("its host resolves to " + address.getHostAddress()
                        + ", a loopback, private, link-local or otherwise non-public address");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            boolean sharedCgnat = first == 100 && second >= 64 && second <= 127;
            return first != 0 && !sharedCgnat && !(first == 192 && second == 0 && (b[2] & 0xff) == 0);
        }
        // IPv6 unique local addresses (fc00::/7), where cloud metadata also lives (fd00:ec2::254)
        return !(address instanceof Inet6Address) || (b[0] & 0xfe) != 0xfc;
    }
}
