package dev.runstrength.images;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry the image test pushes to keeps what a client uploads, and refuses a wrong digest. */
class LoopbackRegistryTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private LoopbackRegistry registry;

    @BeforeEach
    void start() throws IOException {
        registry = LoopbackRegistry.start();
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void answers_the_version_check() throws Exception {
        assertThat(send("GET", "/v2/", null, new byte[0]).statusCode()).isEqualTo(200);
    }

    @Test
    void a_blob_uploaded_in_chunks_is_served_under_its_digest() throws Exception {
        byte[] first = "layer-".getBytes(StandardCharsets.UTF_8);
        byte[] second = "content".getBytes(StandardCharsets.UTF_8);
        String digest = LoopbackRegistry.digestOf("layer-content".getBytes(StandardCharsets.UTF_8));

        HttpResponse<byte[]> started = send("POST", "/v2/runstrength/x/blobs/uploads/", null, new byte[0]);
        String location = started.headers().firstValue("Location").orElseThrow();
        HttpResponse<byte[]> patched = send("PATCH", URI.create(location).getPath(), null, first);
        String next = URI.create(patched.headers().firstValue("Location").orElseThrow()).getPath();
        HttpResponse<byte[]> committed = send("PUT", next + "?digest=" + digest, null, second);

        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(patched.statusCode()).isEqualTo(202);
        assertThat(committed.statusCode()).isEqualTo(201);
        assertThat(send("HEAD", "/v2/runstrength/x/blobs/" + digest, null, new byte[0]).headers()
                .firstValue("Content-Length")).contains("13");
        assertThat(new String(send("GET", "/v2/runstrength/x/blobs/" + digest, null, new byte[0]).body(),
                StandardCharsets.UTF_8)).isEqualTo("layer-content");
    }

    @Test
    void a_blob_whose_content_does_not_match_its_digest_is_refused() throws Exception {
        String wrong = LoopbackRegistry.digestOf("something else".getBytes(StandardCharsets.UTF_8));

        HttpResponse<byte[]> response = send("POST", "/v2/runstrength/x/blobs/uploads/?digest=" + wrong, null,
                "layer".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(registry.blob(wrong)).isEmpty();
    }

    @Test
    void a_manifest_is_served_by_tag_and_by_digest_with_its_media_type() throws Exception {
        byte[] manifest = "{\"schemaVersion\":2}".getBytes(StandardCharsets.UTF_8);
        String type = "application/vnd.oci.image.manifest.v1+json";

        HttpResponse<byte[]> put = send("PUT", "/v2/runstrength/x/manifests/1.0.0", type, manifest);
        String digest = put.headers().firstValue("Docker-Content-Digest").orElseThrow();
        HttpResponse<byte[]> byDigest = send("GET", "/v2/runstrength/x/manifests/" + digest, null, new byte[0]);

        assertThat(put.statusCode()).isEqualTo(201);
        assertThat(digest).isEqualTo(LoopbackRegistry.digestOf(manifest));
        assertThat(byDigest.body()).isEqualTo(manifest);
        assertThat(byDigest.headers().firstValue("Content-Type")).contains(type);
        assertThat(send("GET", "/v2/runstrength/x/manifests/2.0.0", null, new byte[0]).statusCode()).isEqualTo(404);
    }

    @Test
    void a_tls_handshake_fails_at_once_so_a_client_can_fall_back_to_http() {
        String[] hostAndPort = registry.address().split(":");

        assertThatThrownBy(() -> {
            try (SSLSocket socket = (SSLSocket) SSLSocketFactory.getDefault()
                    .createSocket(hostAndPort[0], Integer.parseInt(hostAndPort[1]))) {
                socket.startHandshake();
            }
        }).isInstanceOf(SSLException.class);
    }

    private HttpResponse<byte[]> send(String method, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + registry.address() + path))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
