package dev.runstrength.images;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An in-memory container registry on 127.0.0.1 speaking the part of the OCI Distribution API a
 * push needs: the version check, blob HEAD/GET, chunked or monolithic blob upload, manifest PUT/GET.
 * No registry binary is available offline, and Jib only pushes to a registry or a Docker daemon.
 *
 * <p>Plain HTTP, like a registry without TLS. Jib tries HTTPS first and falls back to HTTP on a TLS
 * error; the JDK server would wait for a request line that a TLS handshake never sends, so a front
 * socket answers a TLS handshake with 400 at once (as a plain HTTP server does) and hands every
 * other connection to the HTTP server.
 */
final class LoopbackRegistry implements AutoCloseable {

    private static final int TLS_HANDSHAKE_RECORD = 0x16;
    private static final byte[] BAD_REQUEST =
            "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    record StoredManifest(String mediaType, byte[] content, String digest) {
    }

    private final HttpServer server;
    private final ServerSocket front;
    private final ExecutorService executor = Executors.newCachedThreadPool(daemon -> {
        Thread thread = new Thread(daemon, "loopback-registry");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
    private final Map<String, StoredManifest> manifests = new ConcurrentHashMap<>();
    private final Map<String, ByteArrayOutputStream> uploads = new ConcurrentHashMap<>();

    private LoopbackRegistry(HttpServer server, ServerSocket front) {
        this.server = server;
        this.front = front;
        server.createContext("/v2", this::handle);
        server.setExecutor(executor);
        server.start();
        executor.execute(this::acceptConnections);
    }

    static LoopbackRegistry start() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        return new LoopbackRegistry(HttpServer.create(new InetSocketAddress(loopback, 0), 0),
                new ServerSocket(0, 50, loopback));
    }

    /** host:port, as an image reference names a registry. */
    String address() {
        return "127.0.0.1:" + front.getLocalPort();
    }

    Optional<byte[]> blob(String digest) {
        return Optional.ofNullable(blobs.get(digest));
    }

    Optional<StoredManifest> manifest(String repository, String reference) {
        return Optional.ofNullable(manifests.get(repository + "@" + reference));
    }

    @Override
    public void close() {
        try {
            front.close();
        } catch (IOException ignored) {
            // closing; nothing left to do with it
        }
        server.stop(0);
        executor.shutdownNow();
    }

    private void acceptConnections() {
        while (!front.isClosed()) {
            try {
                Socket client = front.accept();
                executor.execute(() -> relay(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client) {
            InputStream fromClient = client.getInputStream();
            int first = fromClient.read();
            if (first < 0) {
                return;
            }
            if (first == TLS_HANDSHAKE_RECORD) {
                client.getOutputStream().write(BAD_REQUEST);
                client.getOutputStream().flush();
                return;
            }
            try (Socket backend = new Socket(server.getAddress().getAddress(), server.getAddress().getPort())) {
                backend.getOutputStream().write(first);
                Future<?> upstream = executor.submit(() -> pump(fromClient, backend));
                pump(backend.getInputStream(), client);
                upstream.get();
            }
        } catch (Exception e) {
            // the client or the server went away; the connection is over either way
        }
    }

    private static Void pump(InputStream from, Socket to) throws IOException {
        try {
            from.transferTo(to.getOutputStream());
        } finally {
            if (!to.isClosed()) {
                to.shutdownOutput();
            }
        }
        return null;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/v2") || path.equals("/v2/")) {
                send(exchange, 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rest = path.substring("/v2/".length());
            int uploadsAt = rest.indexOf("/blobs/uploads");
            int blobsAt = rest.lastIndexOf("/blobs/");
            int manifestsAt = rest.lastIndexOf("/manifests/");
            if (uploadsAt > 0) {
                upload(exchange, method, rest.substring(0, uploadsAt),
                        rest.substring(uploadsAt + "/blobs/uploads".length()).replaceFirst("^/", ""));
            } else if (blobsAt > 0) {
                blob(exchange, method, rest.substring(blobsAt + "/blobs/".length()));
            } else if (manifestsAt > 0) {
                manifest(exchange, method, rest.substring(0, manifestsAt),
                        rest.substring(manifestsAt + "/manifests/".length()));
            } else {
                error(exchange, 404, "NAME_UNKNOWN");
            }
        }
    }

    private void upload(HttpExchange exchange, String method, String repository, String session) throws IOException {
        String digest = queryParameter(exchange, "digest");
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (method.equals("POST")) {
            if (digest != null) {
                commit(exchange, repository, digest, body);
                return;
            }
            String id = UUID.randomUUID().toString();
            uploads.put(id, new ByteArrayOutputStream());
            accepted(exchange, repository, id, 0);
            return;
        }
        ByteArrayOutputStream upload = uploads.get(session);
        if (upload == null) {
            error(exchange, 404, "BLOB_UPLOAD_UNKNOWN");
            return;
        }
        upload.write(body);
        if (method.equals("PATCH")) {
            accepted(exchange, repository, session, upload.size());
        } else if (method.equals("PUT") && digest != null) {
            uploads.remove(session);
            commit(exchange, repository, digest, upload.toByteArray());
        } else {
            error(exchange, 405, "UNSUPPORTED");
        }
    }

    private void accepted(HttpExchange exchange, String repository, String session, int received) throws IOException {
        exchange.getResponseHeaders().set("Location", base(exchange) + "/v2/" + repository + "/blobs/uploads/" + session);
        exchange.getResponseHeaders().set("Docker-Upload-UUID", session);
        exchange.getResponseHeaders().set("Range", "0-" + Math.max(0, received - 1));
        send(exchange, 202, null, new byte[0]);
    }

    private void commit(HttpExchange exchange, String repository, String digest, byte[] content) throws IOException {
        if (!digest.equals(digestOf(content))) {
            error(exchange, 400, "DIGEST_INVALID");
            return;
        }
        blobs.put(digest, content);
        exchange.getResponseHeaders().set("Location", base(exchange) + "/v2/" + repository + "/blobs/" + digest);
        exchange.getResponseHeaders().set("Docker-Content-Digest", digest);
        send(exchange, 201, null, new byte[0]);
    }

    private void blob(HttpExchange exchange, String method, String digest) throws IOException {
        byte[] content = blobs.get(digest);
        if (content == null) {
            error(exchange, 404, "BLOB_UNKNOWN");
            return;
        }
        exchange.getResponseHeaders().set("Docker-Content-Digest", digest);
        if (method.equals("HEAD")) {
            head(exchange, "application/octet-stream", content.length);
        } else {
            send(exchange, 200, "application/octet-stream", content);
        }
    }

    private void manifest(HttpExchange exchange, String method, String repository, String reference) throws IOException {
        if (method.equals("PUT")) {
            byte[] content = exchange.getRequestBody().readAllBytes();
            String mediaType = exchange.getRequestHeaders().getFirst("Content-Type");
            String digest = digestOf(content);
            StoredManifest stored = new StoredManifest(mediaType, content, digest);
            manifests.put(repository + "@" + reference, stored);
            manifests.put(repository + "@" + digest, stored);
            exchange.getResponseHeaders().set("Location", base(exchange) + "/v2/" + repository + "/manifests/" + digest);
            exchange.getResponseHeaders().set("Docker-Content-Digest", digest);
            send(exchange, 201, null, new byte[0]);
            return;
        }
        StoredManifest stored = manifests.get(repository + "@" + reference);
        if (stored == null) {
            error(exchange, 404, "MANIFEST_UNKNOWN");
            return;
        }
        exchange.getResponseHeaders().set("Docker-Content-Digest", stored.digest());
        if (method.equals("HEAD")) {
            head(exchange, stored.mediaType(), stored.content().length);
        } else {
            send(exchange, 200, stored.mediaType(), stored.content());
        }
    }

    private static void head(HttpExchange exchange, String contentType, int length) throws IOException {
        // the JDK server sends no Content-Length for HEAD by itself; Jib's blob check needs one
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Content-Length", Integer.toString(length));
        exchange.sendResponseHeaders(200, -1);
    }

    private static void error(HttpExchange exchange, int status, String code) throws IOException {
        String body = "{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"" + code.toLowerCase() + "\"}]}";
        send(exchange, status, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Docker-Distribution-API-Version", "registry/2.0");
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String base(HttpExchange exchange) {
        return "http://" + exchange.getRequestHeaders().getFirst("Host");
    }

    private static String queryParameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    static String digestOf(byte[] content) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
