package dev.microcred.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortTest {

    @Test
    void portsPickedBeforeAnythingListensAreAllDifferentAndFree() throws IOException {
        // Given many picks with nothing bound in between (a stack picks all its ports before starting)
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            ports.add(FreePort.pick());
        }

        // Then none repeats (bare port-0 binds repeat among 300 picks almost surely), and each can be bound
        assertEquals(300, ports.size());
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertEquals(port, socket.getLocalPort());
            }
        }
    }
}
