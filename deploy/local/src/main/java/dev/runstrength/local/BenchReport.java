package dev.runstrength.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The benchmark's results as a Markdown section, and its place in docs/performance.md. */
final class BenchReport {

    static final String BEGIN = "<!-- bench:results:begin (written by deploy/local/bench.sh) -->";
    static final String END = "<!-- bench:results:end -->";

    private static final double SUSTAINED_TARGET = 1000;
    private static final double STEADY_P99_TARGET_MS = 500;
    private static final double LOOP_P99_TARGET_MS = 1000;
    private static final double DEPTH_TARGET = 2.0;
    private static final double REBUILD_TARGET = 1000;
    private static final long MEMORY_TARGET_MB = 300;

    private final BenchOptions options;
    private final List<String> rows = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private double echoRate;
    private String loadBefore = "";
    private String loadAfter = "";
    private String busiest = "";

    BenchReport(BenchOptions options) {
        this.options = options;
    }

    void machineBefore() {
        loadBefore = loadAverage();
        busiest = busiestOthers();
    }

    void machineAfter() {
        loadAfter = loadAverage();
    }

    void echo(BenchSamples echo) {
        echoRate = echo.rate();
        rows.add(line("bare echo: consume and produce, one hop (yardstick)", echo));
    }

    void row(String path, BenchSamples samples) {
        rows.add(line(path, samples));
        if (path.startsWith("profiles -> plans") || path.startsWith("workouts -> progressions")) {
            check(path + " sustained >= " + (int) SUSTAINED_TARGET + "/s", samples.rate() >= SUSTAINED_TARGET,
                    format(samples.rate()) + "/s");
        }
    }

    void steady(int rate, int seconds, double achieved, BenchSamples plan, BenchSamples progression, BenchSamples loop,
                int runners) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "Steady load: %d new runners/s for %d s (%d runners, %s/s achieved); each"
                        + " runner sends its profile, its first workout a second after its plan, its second workout a"
                        + " second after the first one's progression.%n%n", rate, seconds, runners, format(achieved)));
        table.append("| path | events | p50 ms | p99 ms | target |\n| --- | ---: | ---: | ---: | --- |\n");
        table.append(steadyRow("profile -> plan", plan, "p99 < 500 ms"));
        table.append(steadyRow("workout -> progression", progression, "p99 < 500 ms"));
        table.append(steadyRow("second strong workout -> new plan (the loop)", loop, "p99 < 1 s"));
        sections.add(table.toString());
        check("steady profile -> plan p99 < 500 ms", plan.percentile(99) < STEADY_P99_TARGET_MS, ms(plan.percentile(99)) + " ms");
        check("steady workout -> progression p99 < 500 ms", progression.percentile(99) < STEADY_P99_TARGET_MS,
                ms(progression.percentile(99)) + " ms");
        check("steady loop p99 < 1 s", loop.percentile(99) < LOOP_P99_TARGET_MS, ms(loop.percentile(99)) + " ms");
        if (loop.count() < runners) {
            note("Steady phase: " + loop.count() + " of " + runners + " runners completed the loop in time.");
        }
    }

    void depth(int depth, BenchSamples deep, int shallowCount, BenchSamples shallow) {
        double ratio = deep.percentile(50) / shallow.percentile(50);
        String text = String.format(Locale.ROOT, "History depth: one workout at a time, each awaited (publish to"
                        + " progression).%n%n| runner | workouts timed | p50 ms | p99 ms |%n| --- | ---: | ---: | ---: |%n"
                        + "| the runner with %d workouts (its last %d) | %d | %s | %s |%n"
                        + "| runners with 2 workouts (both) | %d | %s | %s |%n%n"
                        + "Cost per workout at %d workouts against 2: %.2fx (p50).%n",
                depth, deep.count(), deep.count(), ms(deep.percentile(50)), ms(deep.percentile(99)),
                shallow.count(), ms(shallow.percentile(50)), ms(shallow.percentile(99)), depth, ratio);
        sections.add(text);
        check("the " + depth + "-workout runner costs within 2x the 2-workout runner per workout", ratio <= DEPTH_TARGET,
                String.format(Locale.ROOT, "%.2fx", ratio));
    }

    void rebuild(long workouts, long rebuilt, double consumingSeconds, double sinceReadySeconds, int runners, long same) {
        double rate = consumingSeconds <= 0 ? 0 : rebuilt / consumingSeconds;
        sections.add(String.format(Locale.ROOT, "Rebuild: tracking-service stopped, given an empty database and no"
                        + " committed offsets, started again. %d of %d workouts stored again in %.1f s from the first"
                        + " (%.1f s from ready): %s workouts/s. Progress of %d of %d runners identical to before the"
                        + " rebuild.%n", rebuilt, workouts, consumingSeconds, sinceReadySeconds, format(rate), same, runners));
        check("rebuild from offset 0 >= " + (int) REBUILD_TARGET + " workouts/s", rate >= REBUILD_TARGET, format(rate) + "/s");
        check("rebuilt progress identical for every runner", same == runners, same + " of " + runners);
    }

    void memory(Map<String, Long> peakMb) {
        StringBuilder table = new StringBuilder("Memory: peak resident set (VmHWM) of each service over the whole run"
                + " (tracking: the larger of its two processes).\n\n| service | peak resident MB |\n| --- | ---: |\n");
        peakMb.forEach((service, mb) -> {
            table.append("| ").append(service).append("-service | ").append(mb).append(" |\n");
            check(service + "-service <= " + MEMORY_TARGET_MB + " MB resident", mb <= MEMORY_TARGET_MB, mb + " MB");
        });
        sections.add(table.toString());
    }

    private final StringBuilder cpu = new StringBuilder();

    /** Where each phase's CPU went: seconds used per process against the phase's wall time. */
    void cpu(String phase, double wallSeconds, Map<String, Double> before, Map<String, Double> after) {
        if (cpu.isEmpty()) {
            cpu.append("CPU seconds used during each phase, per process (").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores: a phase of w seconds has 2w to share with everything else on the machine).\n\n| phase | wall s |");
            after.keySet().forEach(name -> cpu.append(' ').append(name).append(" |"));
            cpu.append("\n| --- | ---: |");
            after.keySet().forEach(name -> cpu.append(" ---: |"));
            cpu.append('\n');
        }
        cpu.append("| ").append(phase).append(" | ").append(String.format(Locale.ROOT, "%.1f", wallSeconds)).append(" |");
        after.forEach((name, seconds) -> cpu.append(' ')
                .append(String.format(Locale.ROOT, "%.1f", seconds - before.getOrDefault(name, 0.0))).append(" |"));
        cpu.append('\n');
    }

    void note(String text) {
        notes.add(text);
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append(BEGIN).append('\n');
        out.append(String.format(Locale.ROOT, "Run of %s UTC: %d runners per burst, %s, %d partitions per topic, %d cores;"
                        + " load average %s before, %s after.%n", started.toString().replace('T', ' ').replace("Z", ""),
                options.runners(), options.warmUpRunners() > 0
                        ? "measured after a warm-up of " + options.warmUpRunners() + " runners through the loop"
                        : "no warm-up (cold services)",
                options.partitions(), Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter));
        if (!busiest.isBlank()) {
            out.append("Busiest other processes when it started (%CPU, command): ").append(busiest).append(".\n");
        }
        if (!options.note().isBlank()) {
            out.append("Also running: ").append(options.note()).append('\n');
        }
        out.append('\n');
        out.append("| path | events | rate /s | p50 ms | p99 ms | rate / echo |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        rows.forEach(out::append);
        for (String section : sections) {
            out.append('\n').append(section);
        }
        if (!cpu.isEmpty()) {
            out.append('\n').append(cpu);
        }
        out.append("\n| done when | met | measured |\n| --- | --- | --- |\n");
        checks.forEach(out::append);
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
        }
        out.append(END).append('\n');
        return out.toString();
    }

    /** Replaces the section between the markers in {@code doc}, or appends it when there is none yet. */
    void writeInto(Path doc) {
        try {
            String text = Files.exists(doc) ? Files.readString(doc) : "# Performance\n\n";
            int begin = text.indexOf(BEGIN);
            int end = text.indexOf(END);
            String updated = begin >= 0 && end > begin
                    ? text.substring(0, begin) + markdown() + text.substring(end + END.length() + 1)
                    : text + (text.endsWith("\n") ? "" : "\n") + "\n" + markdown();
            Files.createDirectories(doc.toAbsolutePath().getParent());
            Files.writeString(doc, updated);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + doc, e);
        }
    }

    private String line(String path, BenchSamples samples) {
        String ratio = echoRate > 0 ? String.format(Locale.ROOT, "%.2f", samples.rate() / echoRate) : "-";
        return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", path, samples.count(), format(samples.rate()),
                ms(samples.percentile(50)), ms(samples.percentile(99)), ratio);
    }

    private static String steadyRow(String path, BenchSamples samples, String target) {
        return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", path, samples.count(), ms(samples.percentile(50)),
                ms(samples.percentile(99)), target);
    }

    private void check(String what, boolean met, String measured) {
        checks.add("| " + what + " | " + (met ? "yes" : "**no**") + " | " + measured + " |\n");
    }

    private static String format(double rate) {
        return String.format(Locale.ROOT, "%,.0f", rate);
    }

    private static String ms(double millis) {
        return Double.isNaN(millis) ? "-" : String.format(Locale.ROOT, "%,.0f", millis);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The five processes using most CPU, other than this one: what else was running. */
    private static String busiestOthers() {
        try {
            Process ps = new ProcessBuilder("ps", "-eo", "pid=,pcpu=,comm=", "--sort=-pcpu").redirectErrorStream(true).start();
            List<String> lines = new String(ps.getInputStream().readAllBytes()).lines().toList();
            ps.waitFor(5, TimeUnit.SECONDS);
            long self = ProcessHandle.current().pid();
            List<String> others = new ArrayList<>();
            for (String line : lines) {
                String[] parts = line.trim().split("\\s+", 3);
                if (parts.length == 3 && !parts[0].equals(String.valueOf(self)) && !"ps".equals(parts[2])) {
                    others.add(parts[1] + " " + parts[2]);
                }
                if (others.size() == 5) {
                    break;
                }
            }
            return String.join(", ", others);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
