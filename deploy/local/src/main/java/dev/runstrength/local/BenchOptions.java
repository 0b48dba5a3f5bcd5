package dev.runstrength.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the benchmark's command line asked for. */
record BenchOptions(Path repo, Path dataDir, Path doc, int runners, int warmUpRunners, int steadyRate, int steadySeconds,
                    int deepWorkouts, int partitions, String note, boolean profile, String serviceJavaOptions,
                    Map<String, String> javaOptionsByService, boolean help) {

    private static final Set<String> SERVICES = Set.of("catalog", "planner", "tracking");

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: bench.sh [--build] [options]",
            "  --runners N          runners in each burst (profiles, workouts, the loop; default 5000)",
            "  --warm-up N          runners sent through the loop first and not measured, so the services' JIT has",
            "                       compiled their hot paths (default 1000; 0 measures cold services)",
            "  --steady-rate N      new runners per second in the steady phase (default 100)",
            "  --steady-seconds N   length of the steady phase (default 60)",
            "  --deep N             workouts of the runner with a long history (default 2000)",
            "  --partitions N       partitions of every topic (default 3, as run.sh)",
            "  --doc FILE           where the results table goes (default docs/performance.md)",
            "  --note TEXT          what else was running, written beside the results",
            "  --data-dir DIR       data and logs of the benchmark's stack (default target/bench under deploy/local)",
            "  --profile            record each service with Java Flight Recorder (<data-dir>/logs/<service>-<time>.jfr)",
            "  --service-java-opts S  more JVM options for all three services, after the images' flags (so -Xmx96m",
            "                       replaces their -Xmx), to try a flag; split at spaces",
            "  --java-opts-for SERVICE=S  more JVM options for one service (catalog, planner or tracking), after",
            "                       --service-java-opts; to try one service's setting, e.g.",
            "                       --java-opts-for planner=-Dmp.messaging.incoming.runner-profiles.max.poll.records=100",
            "  --help               this text");

    BenchOptions {
        positive("--runners", runners);
        if (warmUpRunners < 0) {
            throw new IllegalArgumentException("--warm-up must be 0 or more, got " + warmUpRunners);
        }
        positive("--steady-rate", steadyRate);
        positive("--steady-seconds", steadySeconds);
        positive("--partitions", partitions);
        if (deepWorkouts < 20) {
            throw new IllegalArgumentException("--deep must be at least 20, got " + deepWorkouts);
        }
        if (steadyRate > 1000) {
            throw new IllegalArgumentException("--steady-rate is at most 1000 per second, got " + steadyRate);
        }
    }

    static BenchOptions parse(List<String> args, Path repo) {
        Path dataDir = repo.resolve("deploy/local/target/bench");
        Path doc = repo.resolve("docs/performance.md");
        int runners = 5000;
        int warmUp = 1000;
        int steadyRate = 100;
        int steadySeconds = 60;
        int deep = 2000;
        int partitions = 3;
        String note = "";
        boolean help = false;
        boolean profile = false;
        String serviceJavaOptions = "";
        Map<String, String> byService = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            switch (arg) {
                case "--runners" -> runners = number(arg, value(arg, rest));
                case "--warm-up" -> warmUp = number(arg, value(arg, rest));
                case "--steady-rate" -> steadyRate = number(arg, value(arg, rest));
                case "--steady-seconds" -> steadySeconds = number(arg, value(arg, rest));
                case "--deep" -> deep = number(arg, value(arg, rest));
                case "--partitions" -> partitions = number(arg, value(arg, rest));
                case "--doc" -> doc = Path.of(value(arg, rest)).toAbsolutePath();
                case "--data-dir" -> dataDir = Path.of(value(arg, rest)).toAbsolutePath();
                case "--note" -> note = value(arg, rest);
                case "--profile" -> profile = true;
                case "--service-java-opts" -> serviceJavaOptions = value(arg, rest);
                case "--java-opts-for" -> serviceOptions(value(arg, rest), byService);
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new BenchOptions(repo, dataDir, doc, runners, warmUp, steadyRate, steadySeconds, deep, partitions, note, profile, serviceJavaOptions,
                Map.copyOf(byService), help);
    }

    /** The JVM options one service starts with: those for all services, then its own. */
    String javaOptionsFor(String service) {
        return (serviceJavaOptions + " " + javaOptionsByService.getOrDefault(service, "")).trim();
    }

    private static void serviceOptions(String value, Map<String, String> byService) {
        int equals = value.indexOf('=');
        String service = equals < 0 ? value : value.substring(0, equals);
        if (equals < 0 || !SERVICES.contains(service)) {
            throw new IllegalArgumentException("--java-opts-for needs SERVICE=OPTIONS with SERVICE one of catalog, planner, "
                    + "tracking, got '" + value + "'");
        }
        byService.merge(service, value.substring(equals + 1), (before, more) -> before + " " + more);
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got '" + value + "'");
        }
    }

    private static void positive(String option, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, got " + value);
        }
    }
}
