package dev.runstrength.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortTest {

    @Test
    void portsLieBelowTheRangeForOutgoingConnectionsAreNeverGivenTwiceAndCanBeBoundOnEveryInterface() throws Exception {
        int firstEphemeral = FreePort.firstEphemeral();
        Set<Integer> picked = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = FreePort.pick();
            assertThat(port).isBetween(FreePort.LOWEST, firstEphemeral - 1);
            assertThat(picked.add(port)).as("port %d given twice", port).isTrue();
        }
        int port = FreePort.pick();
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }
}
