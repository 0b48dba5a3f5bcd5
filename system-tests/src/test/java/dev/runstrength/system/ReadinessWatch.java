package dev.runstrength.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Polls each service's {@code /q/health/ready} every 200 ms on a thread of its own and keeps every
 * change: UP (200) or DOWN (anything else, or no answer), when, and the body of the first DOWN answer.
 */
final class ReadinessWatch implements AutoCloseable {

    record Change(String service, boolean up, long at, String body) {
    }

    private final Map<String, String> urls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final List<Change> changes = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> current = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    ReadinessWatch(RunningSystem system, List<String> services) {
        this.urls = new java.util.LinkedHashMap<>();
        services.forEach(service -> urls.put(service, system.readinessUrl(service)));
        thread = new Thread(this::loop, "readiness-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            urls.forEach(this::probe);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void probe(String service, String url) {
        long at = System.nanoTime();
        boolean up;
        String body;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            up = response.statusCode() == 200;
            body = response.body();
        } catch (java.io.IOException e) {
            up = false;
            body = "no answer: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Boolean before = current.put(service, up);
        if (before == null || before != up) {
            changes.add(new Change(service, up, at, up ? "" : body.replaceAll("\\s+", " ")));
        }
    }

    /** The first time the service was seen DOWN at or after {@code from} (nanoTime). */
    Optional<Change> firstDown(String service, long from) {
        return changes.stream().filter(c -> c.service().equals(service) && !c.up() && c.at() >= from).findFirst();
    }

    /** When the service was first UP at or after {@code from}: at {@code from} itself if it was UP then. */
    Optional<Change> firstUp(String service, long from) {
        Optional<Change> before = changes.stream().filter(c -> c.service().equals(service) && c.at() < from)
                .reduce((first, second) -> second);
        if (before.isPresent() && before.get().up()) {
            return Optional.of(new Change(service, true, from, ""));
        }
        return changes.stream().filter(c -> c.service().equals(service) && c.up() && c.at() >= from).findFirst();
    }

    boolean isUp(String service) {
        return Boolean.TRUE.equals(current.get(service));
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
    }
}
