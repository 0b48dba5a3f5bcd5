package dev.runstrength.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * An image as a client pulls it from a registry: the manifest by tag, the config blob it names and
 * the files of every layer.
 */
final class PushedImage {

    /** A file in a layer: path without the leading slash, mode bits, owner. */
    record LayerFile(String path, int mode, long uid, boolean directory) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCEPT = String.join(",",
            "application/vnd.docker.distribution.manifest.v2+json",
            "application/vnd.oci.image.manifest.v1+json");

    private final JsonNode manifest;
    private final JsonNode config;
    private final Map<String, LayerFile> files;

    private PushedImage(JsonNode manifest, JsonNode config, Map<String, LayerFile> files) {
        this.manifest = manifest;
        this.config = config;
        this.files = files;
    }

    static PushedImage pull(String registry, String repository, String tag) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://" + registry + "/v2/" + repository;
        JsonNode manifest = JSON.readTree(get(http, base + "/manifests/" + tag, ACCEPT));
        JsonNode config = JSON.readTree(get(http, base + "/blobs/" + manifest.path("config").path("digest").asText(), "*/*"));
        Map<String, LayerFile> files = new LinkedHashMap<>();
        for (JsonNode layer : manifest.path("layers")) {
            byte[] blob = get(http, base + "/blobs/" + layer.path("digest").asText(), "*/*");
            files.putAll(filesOf(blob));
        }
        return new PushedImage(manifest, config, files);
    }

    JsonNode manifest() {
        return manifest;
    }

    /** The {@code config} object of the image configuration (User, Entrypoint, ExposedPorts, ...). */
    JsonNode runConfig() {
        return config.path("config");
    }

    List<String> entrypoint() {
        List<String> entrypoint = new ArrayList<>();
        runConfig().path("Entrypoint").forEach(part -> entrypoint.add(part.asText()));
        return entrypoint;
    }

    /** Every file of every layer by path, the upper layer winning as in the container. */
    Map<String, LayerFile> files() {
        return files;
    }

    private static byte[] get(HttpClient http, String url, String accept) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static Map<String, LayerFile> filesOf(byte[] blob) throws IOException {
        Map<String, LayerFile> files = new LinkedHashMap<>();
        InputStream raw = new ByteArrayInputStream(blob);
        InputStream tar = blob.length > 1 && (blob[0] & 0xff) == 0x1f && (blob[1] & 0xff) == 0x8b
                ? new GZIPInputStream(raw) : raw;
        try (TarArchiveInputStream entries = new TarArchiveInputStream(tar)) {
            TarArchiveEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                String path = entry.getName().replaceFirst("^\\./", "").replaceFirst("^/", "").replaceFirst("/$", "");
                files.put(path, new LayerFile(path, entry.getMode() & 07777, entry.getLongUserId(), entry.isDirectory()));
            }
        }
        return files;
    }
}
