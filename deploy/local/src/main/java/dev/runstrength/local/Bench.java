package dev.runstrength.local;

import static dev.runstrength.local.RunnerEvents.read;
import static dev.runstrength.local.RunnerEvents.tree;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.EventTypes;
import dev.runstrength.contracts.Topics;
import dev.runstrength.contracts.events.CompletedWorkout;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.infra.KafkaProbe;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The throughput benchmark ({@code deploy/local/bench.sh}): starts the stack from the packaged
 * services, measures a bare consume-and-produce echo through the same broker as the yardstick, then
 * each path of the system, and writes the table into {@code docs/performance.md}.
 *
 * <p>Everything goes through Kafka, as a backend would use it; the only HTTP is readiness
 * ({@link BenchStack}). Every wait is bounded in time, every loop in count; all on loopback.
 */
public final class Bench {

    private static final double EASY_RPE = Demo.EASY_RPE;
    private static final String TRACKING_PLANS_GROUP = "tracking-service-plans";
    private static final int SEQUENTIAL = 10;

    private final BenchOptions options;
    private final BenchStack stack;
    private final BenchTraffic traffic;
    /** The echo's input, batched as the services' producers batch, so that it is not what bounds the echo. */
    private final BenchTraffic echoInput;
    private final KafkaProbe probe;
    private final BenchReport report;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final LocalDate startDate = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(Demo.DAYS_BACK);

    private Bench(BenchOptions options, BenchStack stack, BenchReport report) {
        this.options = options;
        this.stack = stack;
        this.report = report;
        this.traffic = new BenchTraffic(stack.bootstrapServers());
        this.echoInput = new BenchTraffic(stack.bootstrapServers(), "bench-echo-input", 256 * 1024);
        this.probe = new KafkaProbe(stack.bootstrapServers());
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(List.of(args), RepoRoot.find());
        } catch (IllegalArgumentException e) {
            System.err.println("bench.sh: " + e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        BenchReport report = new BenchReport(options);
        report.machineBefore();
        BenchStack stack = new BenchStack(options.repo(), options.dataDir(), options.profile(), options::javaOptionsFor);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "bench-stop"));
        try {
            measure(options, stack, report);
        } catch (Exception e) {
            // exit, so that the shutdown hook stops the stack: a thrown main would leave the JVM, its broker and
            // database and the services running on the clients' non-daemon threads
            System.err.println("bench.sh: the run failed; see the services' logs in " + options.dataDir().resolve("logs"));
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** Starts the stack, runs every phase and writes the report. */
    private static void measure(BenchOptions options, BenchStack stack, BenchReport report) throws Exception {
        System.out.printf("Starting the stack (data and logs in %s) ...%n", options.dataDir());
        long started = System.nanoTime();
        stack.start(options.partitions());
        System.out.printf("Stack up and the catalogue replicated in %.1f s%n", (System.nanoTime() - started) / 1e9);
        Bench bench = new Bench(options, stack, report);
        try {
            bench.run();
        } finally {
            bench.traffic.close();
            bench.echoInput.close();
            bench.probe.close();
        }
        report.machineAfter();
        report.memory(stack.peakResidentMb());
        System.out.println();
        System.out.println(report.markdown());
        report.writeInto(options.doc());
        System.out.println("Written to " + options.doc());
    }

    private void run() throws Exception {
        int n = options.runners();
        if (options.warmUpRunners() > 0) {
            warmUp(options.warmUpRunners());
        }
        step("Echo: " + n + " records through a bare consume-and-produce loop");
        BenchSamples echo = echo(n, BenchTraffic.json(profile("echo")));
        report.echo(echo);

        step("Burst: " + n + " profiles -> plans");
        Map<String, byte[]> firstPlans = new ConcurrentHashMap<>();
        report.row("profiles -> plans (burst of " + n + ")", profiles("b", n, firstPlans));

        byte[] aPlan = firstPlans.values().iterator().next();
        step("Echo: " + n + " records of a plan's size (" + aPlan.length / 1024 + " KB) through the same loop");
        report.row("bare echo of a plan-sized record (" + aPlan.length / 1024 + " KB), one hop", echo(n, aPlan));

        FirstTwoWorkouts workouts = firstTwoWorkouts(firstPlans);
        Map<String, CompletedWorkout> first = workouts.first();
        Map<String, CompletedWorkout> second = workouts.second();

        step("Burst: " + first.size() + " workouts -> progressions");
        report.row("workouts -> progressions (burst of " + first.size() + ")", workouts(first.values()));

        step("The loop: " + second.size() + " second strong workouts -> new plans");
        BenchSamples[] loop = loop(second);
        report.row("second strong workout -> progression (burst)", loop[0]);
        report.row("second strong workout -> new plan (the loop, burst)", loop[1]);

        step("Steady: " + options.steadyRate() + " new runners/s for " + options.steadySeconds() + " s");
        steady();

        step("One runner with " + options.deepWorkouts() + " workouts against runners with 2");
        deepAndShallow();

        step("Rebuild of tracking from offset 0 into an empty database");
        rebuild();
        endPhase();
    }

    /**
     * Sends n runners through profile, first workout and the loop, and the echo through its loop, without recording
     * anything but the phase's CPU: the services start cold, and until the JIT has compiled their hot paths (C1 only,
     * see docs/deploy.md) the first thousand events cost several times what later ones do. The rates below are meant
     * to be sustained ones, so they are measured on warm services, as JMH measures after its warm-up iterations.
     */
    private void warmUp(int n) throws Exception {
        step("Warm-up, not measured: " + n + " runners through the loop, " + n + " echo records of each size");
        echo(n, BenchTraffic.json(profile("echo")));
        Map<String, byte[]> plans = new ConcurrentHashMap<>();
        profiles("warm", n, plans);
        echo(n, plans.values().iterator().next());
        FirstTwoWorkouts workouts = firstTwoWorkouts(plans);
        workouts(workouts.first().values());
        loop(workouts.second());
    }

    /** Each runner's week 1 and week 2 session A, by runner id. */
    private record FirstTwoWorkouts(Map<String, CompletedWorkout> first, Map<String, CompletedWorkout> second) {
    }

    /** Each planned runner's week 1 and week 2 session A done as prescribed, once tracking has read every plan. */
    private FirstTwoWorkouts firstTwoWorkouts(Map<String, byte[]> firstPlans) throws Exception {
        Map<String, TrainingPlan> plans = parsePlans(firstPlans);
        awaitTrackingHasPlans();
        Map<String, CompletedWorkout> first = new LinkedHashMap<>();
        Map<String, CompletedWorkout> second = new LinkedHashMap<>();
        plans.forEach((runnerId, plan) -> {
            first.put(runnerId, planned(plan, 0, runnerId + "-w1"));
            second.put(runnerId, planned(plan, 1, runnerId + "-w2"));
        });
        return new FirstTwoWorkouts(first, second);
    }

    // ---- the yardstick -------------------------------------------------------------------------

    /**
     * A bare consume-and-produce loop through the same broker: what any Kafka hop costs here for records of the
     * value's size (a profile's for the yardstick, a plan's to show what moving plans costs before any work on them).
     */
    private BenchSamples echo(int n, byte[] value) throws Exception {
        BenchSamples samples = new BenchSamples();
        Map<String, Long> sent = new ConcurrentHashMap<>();
        EchoLoop loop = new EchoLoop(stack.bootstrapServers());
        try (BenchWatch out = new BenchWatch(stack.bootstrapServers(), BenchStack.ECHO_OUT, (record, at) -> {
            Long from = sent.remove(record.key());
            if (from != null) {
                samples.add(from, at);
            }
        })) {
            loop.awaitAssigned();
            for (int i = 0; i < n; i++) {
                String key = "echo-" + i;
                sent.put(key, System.nanoTime());
                echoInput.publishRaw(BenchStack.ECHO_IN, key, value);
            }
            echoInput.flush();
            await(() -> samples.count() >= n, burstTimeout(n), "echo");
        } finally {
            loop.close();
        }
        return samples;
    }

    /** Consumes bench.echo.in in a group and produces every record to bench.echo.out, committing as it goes. */
    private static final class EchoLoop implements AutoCloseable {
        private final Thread thread;
        private final AtomicInteger assigned = new AtomicInteger();
        private volatile boolean running = true;

        EchoLoop(String bootstrapServers) {
            Properties consumerProps = new Properties();
            consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-echo");
            consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            Properties producerProps = new Properties();
            producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
            producerProps.put(ProducerConfig.LINGER_MS_CONFIG, "5");
            // as the services' producers (Producers): batches that hold several plan-sized records
            producerProps.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
            thread = new Thread(() -> {
                try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(),
                        new ByteArrayDeserializer());
                     KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps, new StringSerializer(),
                             new ByteArraySerializer())) {
                    consumer.subscribe(List.of(BenchStack.ECHO_IN));
                    while (running) {
                        var records = consumer.poll(Duration.ofMillis(100));
                        assigned.set(consumer.assignment().size());
                        for (ConsumerRecord<String, byte[]> record : records) {
                            producer.send(new ProducerRecord<>(BenchStack.ECHO_OUT, record.key(), record.value()));
                        }
                        if (!records.isEmpty()) {
                            consumer.commitAsync();
                        }
                    }
                }
            }, "bench-echo");
            thread.setDaemon(true);
            thread.start();
        }

        void awaitAssigned() throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (assigned.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(10_000);
        }
    }

    // ---- bursts ---------------------------------------------------------------------------------

    /** Publishes n new runners' profiles at once; samples each runner's first plan. */
    private BenchSamples profiles(String prefix, int n, Map<String, byte[]> firstPlans) throws Exception {
        BenchSamples samples = new BenchSamples();
        Map<String, Long> sent = new ConcurrentHashMap<>();
        try (BenchWatch watch = new BenchWatch(stack.bootstrapServers(), Topics.PLANNER_PLANS, (record, at) -> {
            Long from = sent.get(record.key());
            if (from != null && firstPlans.putIfAbsent(record.key(), record.value()) == null) {
                samples.add(from, at);
            }
        })) {
            for (int i = 0; i < n; i++) {
                String runnerId = prefix + "-" + i;
                sent.put(runnerId, System.nanoTime());
                traffic.publish(Topics.RUNNER_PROFILES, EventTypes.RUNNER_PROFILE_UPDATED, runnerId, now, profile(runnerId));
            }
            traffic.flush();
            await(() -> samples.count() >= n, burstTimeout(n), "plans");
        }
        return samples;
    }

    /** Publishes the workouts at once; samples each one's progression update. */
    private BenchSamples workouts(Iterable<CompletedWorkout> workouts) throws Exception {
        BenchSamples samples = new BenchSamples();
        Map<String, Long> sent = new ConcurrentHashMap<>();
        int n = 0;
        try (BenchWatch watch = new BenchWatch(stack.bootstrapServers(), Topics.TRACKING_PROGRESSIONS, (record, at) -> {
            Long from = sent.remove(workoutIdOf(record));
            if (from != null) {
                samples.add(from, at);
            }
        })) {
            for (CompletedWorkout workout : workouts) {
                sent.put(workout.workoutId(), System.nanoTime());
                publish(workout);
                n++;
            }
            traffic.flush();
            int expected = n;
            await(() -> samples.count() >= expected, burstTimeout(n), "progressions");
        }
        return samples;
    }

    /**
     * The second strong workout of each runner: its progression (PROGRESS after two successes) and the
     * new plan the planner publishes because of it, whose basedOn.progressionAt is that workout.
     */
    private BenchSamples[] loop(Map<String, CompletedWorkout> second) throws Exception {
        BenchSamples progressions = new BenchSamples();
        BenchSamples newPlans = new BenchSamples();
        Map<String, Long> sentByWorkout = new ConcurrentHashMap<>();
        Map<String, Long> sentByRunner = new ConcurrentHashMap<>();
        Map<String, Instant> expectedBasis = new HashMap<>();
        second.values().forEach(w -> expectedBasis.put(w.runnerId(), w.completedAt()));
        AtomicInteger otherPlans = new AtomicInteger();
        try (BenchWatch updates = new BenchWatch(stack.bootstrapServers(), Topics.TRACKING_PROGRESSIONS, (record, at) -> {
            Long from = sentByWorkout.remove(workoutIdOf(record));
            if (from != null) {
                progressions.add(from, at);
            }
        }); BenchWatch plans = new BenchWatch(stack.bootstrapServers(), Topics.PLANNER_PLANS, (record, at) -> {
            Long from = sentByRunner.get(record.key());
            if (from == null) {
                return;
            }
            JsonNode basis = tree(record.value()).path("basedOn").path("progressionAt");
            if (basis.isTextual() && Instant.parse(basis.asText()).equals(expectedBasis.get(record.key()))) {
                sentByRunner.remove(record.key());
                newPlans.add(from, at);
            } else {
                otherPlans.incrementAndGet();
            }
        })) {
            for (CompletedWorkout workout : second.values()) {
                long at = System.nanoTime();
                sentByWorkout.put(workout.workoutId(), at);
                sentByRunner.put(workout.runnerId(), at);
                publish(workout);
            }
            traffic.flush();
            int n = second.size();
            await(() -> progressions.count() >= n && newPlans.count() >= n, burstTimeout(2 * n), "new plans");
        }
        if (otherPlans.get() > 0 || newPlans.count() < second.size()) {
            report.note(newPlans.count() + " of " + second.size() + " second workouts led to a new plan ("
                    + otherPlans.get() + " other plans seen meanwhile).");
        }
        return new BenchSamples[] {progressions, newPlans};
    }

    // ---- steady load ------------------------------------------------------------------------------

    /** One runner of the steady phase: when each of its events was sent. */
    private static final class SteadyRunner {
        volatile long profileSent;
        volatile boolean planned;
        volatile CompletedWorkout w1;
        volatile CompletedWorkout w2;
        volatile long w1Sent;
        volatile long w2Sent;
        volatile boolean looped;
    }

    /**
     * New runners at a steady rate, each going through the whole loop as a runner would, only faster:
     * profile; a second after its plan, the first workout; a second after that workout's progression,
     * the second; then the new plan. The second between steps leaves tracking time to take in the
     * plan, as the days between a plan and its first workout do.
     */
    private void steady() throws Exception {
        BenchSamples profileToPlan = new BenchSamples();
        BenchSamples workoutToProgression = new BenchSamples();
        BenchSamples theLoop = new BenchSamples();
        Map<String, SteadyRunner> runners = new ConcurrentHashMap<>();
        Map<String, String> runnerOfWorkout = new ConcurrentHashMap<>();
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        int total = options.steadyRate() * options.steadySeconds();
        AtomicInteger started = new AtomicInteger();
        try (BenchWatch plans = new BenchWatch(stack.bootstrapServers(), Topics.PLANNER_PLANS, (record, at) -> {
            SteadyRunner runner = runners.get(record.key());
            if (runner == null) {
                return;
            }
            if (!runner.planned) {
                runner.planned = true;
                profileToPlan.add(runner.profileSent, at);
                byte[] value = record.value();
                clock.schedule(() -> {
                    TrainingPlan plan = read(value, TrainingPlan.class);
                    runner.w1 = planned(plan, 0, record.key() + "-w1");
                    runner.w2 = planned(plan, 1, record.key() + "-w2");
                    runnerOfWorkout.put(runner.w1.workoutId(), record.key());
                    runnerOfWorkout.put(runner.w2.workoutId(), record.key());
                    runner.w1Sent = System.nanoTime();
                    publish(runner.w1);
                }, 1, TimeUnit.SECONDS);
            } else if (runner.w2Sent != 0 && !runner.looped) {
                JsonNode basis = tree(record.value()).path("basedOn").path("progressionAt");
                if (basis.isTextual() && Instant.parse(basis.asText()).equals(runner.w2.completedAt())) {
                    runner.looped = true;
                    theLoop.add(runner.w2Sent, at);
                }
            }
        }); BenchWatch updates = new BenchWatch(stack.bootstrapServers(), Topics.TRACKING_PROGRESSIONS, (record, at) -> {
            String workoutId = workoutIdOf(record);
            String runnerId = workoutId == null ? null : runnerOfWorkout.remove(workoutId);
            SteadyRunner runner = runnerId == null ? null : runners.get(runnerId);
            if (runner == null) {
                return;
            }
            if (workoutId.equals(runner.w1.workoutId())) {
                workoutToProgression.add(runner.w1Sent, at);
                clock.schedule(() -> {
                    runner.w2Sent = System.nanoTime();
                    publish(runner.w2);
                }, 1, TimeUnit.SECONDS);
            } else {
                workoutToProgression.add(runner.w2Sent, at);
            }
        })) {
            long periodMicros = 1_000_000L / options.steadyRate();
            long begin = System.nanoTime();
            var ticks = clock.scheduleAtFixedRate(() -> {
                int i = started.getAndIncrement();
                if (i >= total) {
                    return;
                }
                String runnerId = "s-" + i;
                SteadyRunner runner = new SteadyRunner();
                runners.put(runnerId, runner);
                runner.profileSent = System.nanoTime();
                traffic.publish(Topics.RUNNER_PROFILES, EventTypes.RUNNER_PROFILE_UPDATED, runnerId, now, profile(runnerId));
            }, 0, periodMicros, TimeUnit.MICROSECONDS);
            await(() -> started.get() >= total, Duration.ofSeconds(options.steadySeconds() + 30L), "steady arrivals");
            ticks.cancel(false);
            double achieved = Math.min(total, started.get()) / ((System.nanoTime() - begin) / 1e9);
            await(() -> theLoop.count() >= total, Duration.ofSeconds(60), "steady loops");
            report.steady(options.steadyRate(), options.steadySeconds(), achieved, profileToPlan, workoutToProgression,
                    theLoop, total);
        } finally {
            clock.shutdownNow();
        }
    }

    // ---- history depth ----------------------------------------------------------------------------

    /**
     * Cost per workout at the end of a long history against a short one: one runner gets its history
     * as a burst, then its last {@value #SEQUENTIAL} workouts one at a time, each awaited; runners with
     * two workouts get both one at a time. Unplanned workouts for all, the same exercises.
     */
    private void deepAndShallow() throws Exception {
        int depth = options.deepWorkouts();
        Map<String, byte[]> firstPlans = new ConcurrentHashMap<>();
        List<String> shallow = new ArrayList<>();
        for (int i = 0; i < SEQUENTIAL; i++) {
            shallow.add("shallow-" + i);
        }
        String deep = "deep-0";
        profilesOf(firstPlans, deep, shallow);
        awaitTrackingHasPlans();
        Map<String, TrainingPlan> plans = parsePlans(firstPlans);
        List<String> unplanned = new ArrayList<>(shallow);
        unplanned.add(deep);
        unplanned.removeAll(plans.keySet());
        if (!unplanned.isEmpty()) {
            throw new IllegalStateException("no plan came for runner(s) " + String.join(", ", unplanned)
                    + ", so the history phase cannot send their workouts; see the planner's log in " + stack.logs());
        }

        TrainingPlan deepPlan = plans.get(deep);
        Instant base = now.minus(Duration.ofHours(3L * (depth + 5)));
        List<CompletedWorkout> history = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            history.add(unplanned(deepPlan, deep + "-w" + i, base.plus(Duration.ofHours(3L * i))));
        }
        int burst = depth - SEQUENTIAL;
        BenchSamples deepBurst = workouts(history.subList(0, burst));
        report.row("workouts of one runner -> progressions (burst of " + burst + ", one key)", deepBurst);
        BenchSamples deepLast = new BenchSamples();
        for (CompletedWorkout workout : history.subList(burst, depth)) {
            sequential(workout, deepLast);
        }
        BenchSamples shallowSamples = new BenchSamples();
        for (String runnerId : shallow) {
            TrainingPlan plan = plans.get(runnerId);
            Instant at = now.minus(Duration.ofHours(6));
            sequential(unplanned(plan, runnerId + "-w1", at), shallowSamples);
            sequential(unplanned(plan, runnerId + "-w2", at.plus(Duration.ofHours(3))), shallowSamples);
        }
        report.depth(depth, deepLast, SEQUENTIAL * 2, shallowSamples);
    }

    private void profilesOf(Map<String, byte[]> firstPlans, String deep, List<String> shallow) throws Exception {
        Map<String, Long> sent = new ConcurrentHashMap<>();
        BenchSamples samples = new BenchSamples();
        List<String> all = new ArrayList<>(shallow);
        all.add(deep);
        try (BenchWatch watch = new BenchWatch(stack.bootstrapServers(), Topics.PLANNER_PLANS, (record, at) -> {
            Long from = sent.get(record.key());
            if (from != null && firstPlans.putIfAbsent(record.key(), record.value()) == null) {
                samples.add(from, at);
            }
        })) {
            for (String runnerId : all) {
                sent.put(runnerId, System.nanoTime());
                traffic.publish(Topics.RUNNER_PROFILES, EventTypes.RUNNER_PROFILE_UPDATED, runnerId, now, profile(runnerId));
            }
            traffic.flush();
            await(() -> samples.count() >= all.size(), Duration.ofSeconds(60), "plans of the history runners");
        }
    }

    /** Publishes one workout and waits for its progression update. */
    private void sequential(CompletedWorkout workout, BenchSamples samples) throws Exception {
        BenchSamples one = new BenchSamples();
        long[] sentAt = new long[1];
        try (BenchWatch watch = new BenchWatch(stack.bootstrapServers(), Topics.TRACKING_PROGRESSIONS, (record, at) -> {
            if (workout.workoutId().equals(workoutIdOf(record))) {
                one.add(sentAt[0], at);
                samples.add(sentAt[0], at);
            }
        })) {
            sentAt[0] = System.nanoTime();
            publish(workout);
            traffic.flush();
            await(() -> one.count() >= 1, Duration.ofSeconds(60), "progression of " + workout.workoutId());
        }
    }

    // ---- rebuild ----------------------------------------------------------------------------------

    /**
     * Tracking from nothing: an empty database and no committed offsets, so it reads its three topics
     * from offset 0. Measures how fast the workouts land, then checks that the rebuilt progress of
     * every runner equals the one it had.
     */
    private void rebuild() throws Exception {
        Map<String, String> before = progress();
        long workouts = count("select count(*) from workout");
        stack.restartTrackingEmpty();
        long readyAt = System.nanoTime();
        long firstRowAt = 0;
        long last = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(Math.max(300, workouts / 100)).toNanos();
        while (last < workouts && System.nanoTime() < deadline) {
            Thread.sleep(100);
            last = count("select count(*) from workout");
            if (last > 0 && firstRowAt == 0) {
                firstRowAt = System.nanoTime();
            }
        }
        long doneAt = System.nanoTime();
        awaitTrackingCaughtUp();
        Map<String, String> after = progress();
        long same = before.entrySet().stream().filter(e -> e.getValue().equals(after.get(e.getKey()))).count();
        report.rebuild(workouts, last, firstRowAt == 0 ? 0 : (doneAt - firstRowAt) / 1e9, (doneAt - readyAt) / 1e9,
                before.size(), same);
    }

    private void awaitTrackingCaughtUp() throws InterruptedException {
        Map<String, String> groups = Map.of("tracking-service", Topics.WORKOUTS_COMPLETED,
                TRACKING_PLANS_GROUP, Topics.PLANNER_PLANS);
        for (var group : groups.entrySet()) {
            Map<TopicPartition, Long> ends = probe.endOffsets(group.getValue());
            await(() -> probe.hasCommittedUpTo(group.getKey(), ends), Duration.ofSeconds(120), group.getKey() + " caught up");
        }
        // the relay and the plan path may still be finishing what was committed; a little slack
        Thread.sleep(2000);
    }

    private Map<String, String> progress() throws Exception {
        Map<String, String> progress = new HashMap<>();
        try (Connection connection = stack.connect("tracking"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select runner_id, payload from progression_state")) {
            while (rows.next()) {
                progress.put(rows.getString(1), rows.getString(2));
            }
        }
        return progress;
    }

    private long count(String sql) throws Exception {
        try (Connection connection = stack.connect("tracking"); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (java.sql.SQLException starting) {
            return 0; // the schema is not there yet while tracking starts
        }
    }

    // ---- events -----------------------------------------------------------------------------------

    private String profile(String runnerId) {
        return Demo.EXAMPLE_PROFILE.formatted(runnerId, now, startDate);
    }

    /** Session A of the plan's week {@code week + 1}, done as prescribed at an easy RPE on its day. */
    private CompletedWorkout planned(TrainingPlan plan, int week, String workoutId) {
        TrainingPlan.Session session = plan.weeks().get(week).sessions().get(0);
        return AsPrescribed.workout(plan, session, workoutId, Demo.completedAt(session.date(), now), EASY_RPE);
    }

    /** Week 1's session A done as prescribed, logged without naming a plan. */
    private static CompletedWorkout unplanned(TrainingPlan plan, String workoutId, Instant completedAt) {
        CompletedWorkout done = AsPrescribed.workout(plan, plan.weeks().get(0).sessions().get(0), workoutId, completedAt,
                EASY_RPE);
        return new CompletedWorkout(done.workoutId(), done.runnerId(), completedAt, null, null, done.durationMinutes(),
                done.sessionRpe(), done.exercises());
    }

    private void publish(CompletedWorkout workout) {
        traffic.publish(Topics.WORKOUTS_COMPLETED, EventTypes.WORKOUT_COMPLETED, workout.runnerId(), workout.completedAt(),
                workout);
    }

    private static Map<String, TrainingPlan> parsePlans(Map<String, byte[]> raw) {
        Map<String, TrainingPlan> plans = new LinkedHashMap<>();
        raw.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> plans.put(entry.getKey(), read(entry.getValue(), TrainingPlan.class)));
        return plans;
    }

    /** Waits until tracking has committed every plan published so far: workouts are then judged against them. */
    private void awaitTrackingHasPlans() throws InterruptedException {
        Map<TopicPartition, Long> ends = probe.endOffsets(Topics.PLANNER_PLANS);
        await(() -> probe.hasCommittedUpTo(TRACKING_PLANS_GROUP, ends), Duration.ofSeconds(120), "tracking reading the plans");
    }

    private static String workoutIdOf(ConsumerRecord<String, byte[]> record) {
        JsonNode id = tree(record.value()).path("workoutId");
        return id.isTextual() ? id.asText() : null;
    }

    /** Long enough for the slowest rate measured before this work (about 70/s), never unbounded. */
    private static Duration burstTimeout(int events) {
        return Duration.ofSeconds(Math.max(120, events / 50));
    }

    private void await(BooleanSupplier done, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                report.note("Gave up waiting for " + what + " after " + timeout.toSeconds() + " s.");
                System.out.println("  (gave up waiting for " + what + " after " + timeout.toSeconds() + " s)");
                return;
            }
            Thread.sleep(20);
        }
    }

    private String phase;
    private Map<String, Double> cpuAtStart;
    private long phaseStarted;

    /** Starts a phase, closing the previous one: its CPU seconds per process go into the report. */
    private void step(String what) {
        endPhase();
        phase = what;
        cpuAtStart = stack.cpuSeconds();
        phaseStarted = System.nanoTime();
        System.out.println();
        System.out.println("== " + what);
    }

    private void endPhase() {
        if (phase != null) {
            report.cpu(phase, (System.nanoTime() - phaseStarted) / 1e9, cpuAtStart, stack.cpuSeconds());
            phase = null;
        }
    }
}
