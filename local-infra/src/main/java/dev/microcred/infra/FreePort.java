package dev.microcred.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback port nobody listens on right now, and never one this JVM has handed out before.
 *
 * <p>Binding port 0 and closing again often gives the same port twice in a row: Linux draws it from a
 * few thousand candidates, so seven picks before anything listens held a duplicate about 0.3% of the
 * time, and a test stack then failed with "Address already in use". Remembering what was handed out
 * rules that out within the JVM that starts the services.
 */
public final class FreePort {
    private static final int ATTEMPTS = 1_000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePort() {
    }

    public static int pick() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = unusedNow();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no loopback port left that was not handed out already");
    }

    private static int unusedNow() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}
