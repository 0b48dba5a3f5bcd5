package dev.runstrength.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A port nobody is listening on, for a broker, a database or a service this JVM is about to start.
 *
 * <p>A port is only known free when it is checked, and the service binds it later. A port the kernel hands
 * out for {@code bind(0)} lies in its range for outgoing connections, where any client socket (a Kafka or JDBC
 * connection of the same machine) may take it as its local port in between; that happened in a clean-clone run,
 * a service failing to bind its management port. So ports are drawn below that range, checked on every
 * interface (services bind 0.0.0.0), and never handed out twice by this JVM.
 */
public final class FreePort {

    static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    static final int LOWEST = 20_000;
    private static final int ATTEMPTS = 500;
    private static final Set<Integer> GIVEN = new HashSet<>();

    private FreePort() {
    }

    public static synchronized int pick() {
        int highest = firstEphemeral() - 1;
        for (int attempt = 0; attempt < ATTEMPTS && highest - LOWEST >= 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, highest + 1);
            if (!GIVEN.contains(port) && bindable(port)) {
                GIVEN.add(port);
                return port;
            }
        }
        int port = fromKernel();
        GIVEN.add(port);
        return port;
    }

    static int orPick(int port) {
        return port == 0 ? pick() : port;
    }

    /** The first port of the kernel's range for outgoing connections (Linux), else the IANA dynamic range's. */
    static int firstEphemeral() {
        // read as a stream: procfs reports a size of 0, and Files.readString then returned one character
        try (InputStream in = Files.newInputStream(EPHEMERAL_RANGE)) {
            String[] range = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
            return Integer.parseInt(range[0]);
        } catch (IOException | RuntimeException e) {
            return 49_152;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket wildcard = new ServerSocket()) {
            wildcard.setReuseAddress(false);
            wildcard.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int fromKernel() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback interface", e);
        }
    }
}
