package dev.runstrength.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        respond("/up", 200, "{\n    \"status\": \"UP\",\n    \"checks\": []\n}");
        respond("/down", 503, "{\"status\": \"DOWN\", \"checks\": []}");
        respond("/odd", 200, "{\"status\": \"DOWN\"}");
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void upWhenTheEndpointSaysUp() {
        assertThat(Readiness.isUp(url("/up"))).isTrue();
    }

    @Test
    void notUpWhenTheEndpointSaysDown() {
        assertThat(Readiness.isUp(url("/down"))).isFalse();
        assertThat(Readiness.isUp(url("/odd"))).isFalse();
    }

    @Test
    void notUpWhenNothingListens() {
        int port = server.getAddress().getPort();
        server.stop(0);

        assertThat(Readiness.isUp("http://127.0.0.1:" + port + "/q/health/ready")).isFalse();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void respond(String path, int status, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }
}
