package dev.runstrength.planner.bench;

import dev.runstrength.planner.domain.Catalogue;
import dev.runstrength.planner.domain.Equipment;
import dev.runstrength.planner.domain.Goal;
import dev.runstrength.planner.domain.Level;
import dev.runstrength.planner.domain.Pain;
import dev.runstrength.planner.domain.PainArea;
import dev.runstrength.planner.domain.PlanGenerator;
import dev.runstrength.planner.domain.PlanRequest;
import dev.runstrength.planner.domain.ProgressionState;
import dev.runstrength.planner.domain.RunDay;
import dev.runstrength.planner.domain.RunType;
import dev.runstrength.planner.domain.RunnerProfile;
import dev.runstrength.planner.domain.PlannerSeed;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Plans per second on the seed catalogue over random valid profiles. A plain harness, not a test:
 * run its main (warm-up, then a measured batch) and read the printed figures: wall-clock plans per second
 * on one thread, and plans per second of the thread's own CPU time (one core's worth, which a machine busy
 * with other builds does not distort).
 * Arguments: [warm-up plans] [measured plans] [seed].
 */
public final class PlanGeneratorBenchmark {

    private PlanGeneratorBenchmark() {
    }

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        Catalogue catalogue = PlannerSeed.load();
        PlanGenerator generator = new PlanGenerator();
        List<PlanRequest> requests = requests(catalogue, 2_000, new Random(seed));

        long sink = run(generator, requests, warmUp);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long begin = System.nanoTime();
        long cpuBegin = threads.getCurrentThreadCpuTime();
        sink += run(generator, requests, measured);
        double seconds = (System.nanoTime() - begin) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBegin) / 1e9;
        System.out.printf("catalogue: %d exercises, profiles: %d distinct, cores: %d, load average %.1f%n", catalogue.size(),
                requests.size(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("%d plans in %.2f s = %.0f plans/second on one thread (%.3f ms a plan) [sink %d]%n",
                measured, seconds, measured / seconds, seconds * 1000 / measured, sink);
        // the thread's own CPU time: what one core does, whatever else the machine is running
        System.out.printf("%d plans in %.2f s of the thread's CPU time = %.0f plans/second on one core%n",
                measured, cpuSeconds, measured / cpuSeconds);
    }

    private static long run(PlanGenerator generator, List<PlanRequest> requests, int count) {
        long sessions = 0;
        for (int i = 0; i < count; i++) {
            sessions += generator.generate(requests.get(i % requests.size())).weeks().size();
        }
        return sessions;
    }

    static List<PlanRequest> requests(Catalogue catalogue, int count, Random random) {
        LocalDate today = LocalDate.of(2026, 11, 22);
        List<PlanRequest> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
            for (Equipment e : Equipment.values()) {
                if (random.nextInt(3) == 0) {
                    equipment.add(e);
                }
            }
            List<RunDay> runDays = new ArrayList<>();
            for (int d = random.nextInt(6); d > 0; d--) {
                runDays.add(new RunDay(DayOfWeek.of(1 + random.nextInt(7)), RunType.values()[random.nextInt(3)]));
            }
            List<Pain> pains = new ArrayList<>();
            for (int p = random.nextInt(3); p > 0; p--) {
                pains.add(new Pain(PainArea.values()[random.nextInt(PainArea.values().length)], random.nextInt(11)));
            }
            LocalDate start = today.plusDays(1 + random.nextInt(30));
            LocalDate race = random.nextInt(4) == 0 ? null : start.plusDays(random.nextInt(231) - 21);
            RunnerProfile profile = new RunnerProfile("bench-" + i, Instant.parse("2026-11-22T08:00:00Z"),
                    Level.values()[random.nextInt(3)], Goal.values()[random.nextInt(5)], random.nextDouble() * 400,
                    1 + random.nextInt(4), 10 + random.nextInt(81), equipment, runDays, race, pains,
                    random.nextBoolean(), start);
            out.add(new PlanRequest(profile, catalogue, ProgressionState.empty(), today,
                    Instant.parse("2026-11-22T08:00:05Z"), "bench-plan-" + i));
        }
        return out;
    }
}
