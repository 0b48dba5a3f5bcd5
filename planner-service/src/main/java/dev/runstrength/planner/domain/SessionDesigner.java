package dev.runstrength.planner.domain;

import dev.runstrength.dose.CatalogueDose;
import dev.runstrength.dose.Dose;
import dev.runstrength.dose.SupportDose;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Chooses the exercises of one session template. The time budget is checked against the heaviest
 * week the template is used in (PREPARE and RECOVER at their shortest) and its capacity against the
 * lightest week (PREPARE and RECOVER at their longest), so that every week can then be fitted into
 * the window by lengthening PREPARE and RECOVER work alone.
 * <ol>
 * <li>PREPARE: one MOBILIZE and one ACTIVATE exercise; RECOVER: one FLUSH or STRETCH exercise.</li>
 * <li>STRENGTHEN, required: greedily the candidate meeting most open needs (a single-leg exercise,
 * each coverage group, rotation for INTERMEDIATE/ADVANCED, power when it is wanted).</li>
 * <li>Too long: strength sets are cut one at a time down to 1, then the last required picks are
 * dropped (never the single-leg one), each drop reported.</li>
 * <li>Extras (regular sessions only): goal-favoured, balance and single-leg work while the heaviest
 * week stays within {@value #EXTRA_SHARE_PERCENT} % of the budget, at most {@value #MAX_STRENGTHEN} exercises.</li>
 * <li>More PREPARE and RECOVER exercises while the lightest week could not reach the floor.</li>
 * </ol>
 */
final class SessionDesigner {

    static final int MAX_STRENGTHEN = 6;
    /** Power work is quality work: at most two jump exercises a session, the foot-contact cap aside. */
    static final int MAX_PLYOMETRIC = 2;
    static final int EXTRA_SHARE_PERCENT = 85;
    private static final int CAPACITY_MARGIN_SECONDS = 60;
    static final int COMFORTABLE_ROUNDS = 2;
    /** PREPARE plus RECOVER exercises added for comfort (more only when the floor needs them). */
    static final int MAX_COMFORT_SUPPORT = 5;

    private final PlanningContext ctx;
    /** Ladder moves taken (rule 11): the exercise placed, by the one it replaces. */
    private final Map<String, CatalogExercise> movedFrom = new LinkedHashMap<>();

    SessionDesigner(PlanningContext ctx) {
        this.ctx = ctx;
    }

    /** The exercise a ladder move replaced with {@code placedId}, or null. */
    CatalogExercise movedFrom(String placedId) {
        return movedFrom.get(placedId);
    }

    record Candidate(CatalogExercise placed, CatalogExercise original) {
    }

    /** Strength candidates for a kind of session, with pain substitutes standing in for excluded ones. */
    List<Candidate> strengthCandidates(TemplateKind kind, Set<String> familiar) {
        TrainingPhase gatePhase = kind == TemplateKind.TAPER ? TrainingPhase.TAPER
                : kind == TemplateKind.RECOVERY ? TrainingPhase.RECOVERY : TrainingPhase.GENERAL;
        boolean plyoOpen = ctx.plyometricsOpen(gatePhase);
        Predicate<CatalogExercise> base = e -> e.servesPhase(BlockPhase.STRENGTHEN) && ctx.doable(e)
                && (plyoOpen || !PlyometricsGate.isPlyometric(e))
                && kindAllows(kind, e, familiar);
        Predicate<CatalogExercise> allowed = base.and(e -> PainExclusionRule.allows(e, ctx.pain()));
        Map<String, Candidate> byPlaced = new LinkedHashMap<>();
        for (CatalogExercise e : ctx.catalogue().exercises()) {
            if (!base.test(e)) {
                continue;
            }
            if (allowed.test(e)) {
                // rule 11: a ladder move takes the old exercise's place when the new one passes the same filters
                Optional<CatalogExercise> moved = ctx.progression().moveOf(e).flatMap(ctx.catalogue()::find)
                        .filter(allowed);
                if (moved.isPresent()) {
                    movedFrom.putIfAbsent(moved.get().id(), e);
                    byPlaced.putIfAbsent(moved.get().id(), new Candidate(moved.get(), moved.get()));
                } else {
                    byPlaced.putIfAbsent(e.id(), new Candidate(e, e));
                }
            }
        }
        for (CatalogExercise e : ctx.catalogue().exercises()) {
            if (base.test(e) && !allowed.test(e)) {
                PainExclusionRule.substitute(e, ctx.catalogue(), allowed, ctx.pain())
                        .ifPresent(sub -> byPlaced.putIfAbsent(sub.id() + "<" + e.id(), new Candidate(sub, e)));
            }
        }
        return new ArrayList<>(byPlaced.values());
    }

    private static boolean kindAllows(TemplateKind kind, CatalogExercise e, Set<String> familiar) {
        return switch (kind) {
            case REGULAR -> true;
            case TAPER -> familiar != null ? familiar.contains(e.id())
                    : e.minLevel() == Level.BEGINNER && isLight(e);
            case RECOVERY -> e.minLevel() == Level.BEGINNER && isLight(e);
        };
    }

    static boolean isLight(CatalogExercise e) {
        return e.impact() != Impact.HIGH && e.footContactsPerRep() == 0 && !e.mainPurpose().isPower()
                && !e.hasPurpose(Purpose.PLYOMETRIC) && !e.hasPurpose(Purpose.EXPLOSIVE);
    }

    /**
     * PREPARE or RECOVER candidates for a role. Rule 11: a ladder move tracking made on support work puts
     * the new exercise in the old one's place when it passes the same filters.
     */
    List<CatalogExercise> supportPool(Predicate<CatalogExercise> role) {
        Predicate<CatalogExercise> allowed = e -> role.test(e) && ctx.doable(e) && PainExclusionRule.allows(e, ctx.pain());
        List<CatalogExercise> pool = new ArrayList<>();
        for (CatalogExercise e : ctx.catalogue().exercises()) {
            if (allowed.test(e)) {
                CatalogExercise placed = ctx.progression().moveOf(e).flatMap(ctx.catalogue()::find).filter(allowed).orElse(e);
                if (placed != e) {
                    movedFrom.putIfAbsent(placed.id(), e);
                }
                if (!pool.contains(placed)) {
                    pool.add(placed);
                }
            }
        }
        return pool;
    }

    SessionTemplate design(String label, TemplateKind kind, List<WeekFrame> weeks, List<SessionTemplate> siblings,
                           Set<String> familiar, boolean powerWanted) {
        Set<String> used = new TreeSet<>();
        Set<String> siblingIds = new TreeSet<>();
        Set<MuscleGroup> siblingGroups = EnumSet.noneOf(MuscleGroup.class);
        boolean siblingRotation = false;
        for (SessionTemplate s : siblings) {
            for (List<Slot> block : List.of(s.prepare(), s.strengthen(), s.recover())) {
                block.forEach(slot -> siblingIds.add(slot.id()));
            }
            for (Slot slot : s.strengthen()) {
                siblingGroups.addAll(slot.exercise().primaryGroups());
                siblingRotation |= WeeklyCoverage.isRotation(slot.exercise());
            }
        }
        List<String> dropped = new ArrayList<>();

        List<Slot> prepare = new ArrayList<>();
        List<Slot> recover = new ArrayList<>();
        pickSupport(ThreePhaseStructure::mobilizes, Purpose.MOBILIZE, siblingIds, used).ifPresent(prepare::add);
        pickSupport(ThreePhaseStructure::activates, Purpose.ACTIVATE, siblingIds, used).ifPresent(prepare::add);
        pickSupport(ThreePhaseStructure::recovers, null, siblingIds, used).ifPresent(recover::add);

        List<Candidate> candidates = new ArrayList<>(strengthCandidates(kind, familiar));
        candidates.removeIf(c -> used.contains(c.placed().id()));
        int cap = PlyometricsGate.contactCap(ctx.level());

        // required picks
        boolean needUnilateral = true;
        boolean needRotation = WeeklyCoverage.needsRotation(ctx.level()) && (!siblingRotation || kind != TemplateKind.REGULAR);
        boolean needPower = powerWanted;
        Set<MuscleGroup> open = EnumSet.copyOf(WeeklyCoverage.REQUIRED_GROUPS);
        List<Slot> strengthen = new ArrayList<>();
        int contacts = 0;
        while (strengthen.size() < 8) {
            Candidate best = null;
            int bestScore = 0;
            Integer bestCap = null;
            for (Candidate c : candidates) {
                CatalogExercise e = c.placed();
                if (used.contains(e.id())) {
                    continue;
                }
                int score = 0;
                if (needUnilateral && e.unilateral()) {
                    score += 20;
                }
                for (MuscleGroup g : open) {
                    if (e.covers(g) && !PlyometricsGate.isPlyometric(e)) {
                        score += siblingGroups.contains(g) ? 4 : 6;
                    }
                }
                if (needRotation && WeeklyCoverage.isRotation(e)) {
                    score += 8;
                }
                if (needPower && e.mainPurpose().isPower()) {
                    score += 8;
                }
                if (score == 0) {
                    continue;
                }
                score = score * 4 + tieBreak(e, siblingIds);
                Integer amountCap = amountCap(e, contacts, cap);
                if (amountCap != null && amountCap < ctx.startDose(e).amount()) {
                    continue;
                }
                if (best == null || score > bestScore || (score == bestScore && cheaper(c, best, kind, weeks))) {
                    best = c;
                    bestScore = score;
                    bestCap = amountCap;
                }
            }
            if (best == null) {
                break;
            }
            CatalogExercise e = best.placed();
            used.add(e.id());
            strengthen.add(new Slot(e, best.original(), slotPurpose(e, needRotation, needPower), Integer.MAX_VALUE, bestCap));
            contacts += contactsAtMost(e, bestCap);
            needUnilateral &= !e.unilateral();
            needRotation &= !WeeklyCoverage.isRotation(e);
            needPower &= !e.mainPurpose().isPower();
            if (!PlyometricsGate.isPlyometric(e)) {
                open.removeIf(e::covers);
            }
        }

        // fit the heaviest week
        int levelSets = LevelRule.sets(ctx.level());
        int setsCap = levelSets;
        // recovery work is 1 set whatever the cap, so there is nothing to cut there
        while (kind != TemplateKind.RECOVERY && setsCap > 1 && heaviest(kind, weeks, prepare, withCap(strengthen, setsCap), recover) > ctx.ceilingSeconds()) {
            setsCap--;
        }
        strengthen = withCap(strengthen, setsCap);
        int keep = firstUnilateral(strengthen);
        for (int i = strengthen.size() - 1; i >= 0
                && heaviest(kind, weeks, prepare, strengthen, recover) > ctx.ceilingSeconds(); i--) {
            if (i != keep) {
                Slot gone = strengthen.remove(i);
                dropped.add(gone.exercise().name());
                if (keep > i) {
                    keep--;
                }
            }
        }
        boolean setsCut = setsCap < levelSets;

        // extras
        if (kind == TemplateKind.REGULAR && !setsCut) {
            List<Candidate> extras = new ArrayList<>(candidates);
            extras.removeIf(c -> used.contains(c.placed().id()));
            extras.sort(Comparator.comparingInt((Candidate c) -> -extraScore(c.placed(), siblingIds))
                    .thenComparing(c -> c.placed().id()));
            int limit = ctx.ceilingSeconds() * EXTRA_SHARE_PERCENT / 100;
            for (Candidate c : extras) {
                if (strengthen.size() >= MAX_STRENGTHEN) {
                    break;
                }
                CatalogExercise e = c.placed();
                if (used.contains(e.id())) {
                    continue;
                }
                Integer amountCap = amountCap(e, contacts, cap);
                if (amountCap != null && amountCap < ctx.startDose(e).amount()) {
                    continue;
                }
                if (PlyometricsGate.isPlyometric(e) && plyometricCount(strengthen) >= MAX_PLYOMETRIC) {
                    continue;
                }
                List<Slot> trial = new ArrayList<>(strengthen);
                trial.add(new Slot(e, c.original(), e.mainPurpose(), setsCap, amountCap));
                if (heaviest(kind, weeks, prepare, trial, recover) <= limit) {
                    strengthen = trial;
                    used.add(e.id());
                    contacts += contactsAtMost(e, amountCap);
                }
            }
        }
        strengthen.sort(Comparator.comparing(Slot::exercise, StrengthenOrder.ORDER));

        // capacity for the lightest week
        List<List<Slot>> supportBlocks = List.of(recover, prepare, prepare);
        List<Predicate<CatalogExercise>> roles = List.of(ThreePhaseStructure::recovers,
                ThreePhaseStructure::mobilizes, ThreePhaseStructure::activates);
        List<Purpose> rolePurposes = java.util.Arrays.asList(null, Purpose.MOBILIZE, Purpose.ACTIVATE);
        int round = 0;
        int misses = 0;
        while (needsSupport(kind, weeks, prepare, strengthen, recover) && misses < 3) {
            int r = round++ % 3;
            Optional<Slot> extra = pickSupport(roles.get(r), rolePurposes.get(r), siblingIds, used);
            if (extra.isEmpty()) {
                misses++;
                continue;
            }
            List<Slot> block = supportBlocks.get(r);
            block.add(extra.get());
            if (heaviest(kind, weeks, prepare, strengthen, recover) > ctx.ceilingSeconds()) {
                block.remove(block.size() - 1);
                misses++;
            } else {
                misses = 0;
            }
        }
        // PREPARE: mobilise before activating
        prepare.sort(Comparator.comparingInt((Slot s) -> s.purpose() == Purpose.MOBILIZE ? 0 : 1));
        return new SessionTemplate(label, kind, prepare, strengthen, recover, setsCut, dropped);
    }

    private Optional<Slot> pickSupport(Predicate<CatalogExercise> role, Purpose purpose, Set<String> siblingIds,
                                       Set<String> used) {
        Optional<CatalogExercise> pick = supportPool(role).stream()
                .filter(e -> !used.contains(e.id()))
                .min(Comparator.comparingInt((CatalogExercise e) -> siblingIds.contains(e.id()) ? 1 : 0)
                        .thenComparingInt(e -> e.servesPhase(BlockPhase.STRENGTHEN) ? 1 : 0)
                        .thenComparing(e -> movedFrom.containsKey(e.id()) ? movedFrom.get(e.id()).id() : e.id())
                        .thenComparing(CatalogExercise::id));
        pick.ifPresent(e -> used.add(e.id()));
        return pick.map(e -> Slot.of(e, purpose != null ? purpose
                : e.hasPurpose(Purpose.STRETCH) ? Purpose.STRETCH : Purpose.FLUSH));
    }

    private int tieBreak(CatalogExercise e, Set<String> siblingIds) {
        int score = 0;
        if (!siblingIds.contains(e.id())) {
            score += 2;
        }
        if (ctx.pain().severity(PainArea.KNEE) >= PainExclusionRule.EXCLUDE_FROM
                && (e.pattern() == Pattern.HINGE || e.pattern() == Pattern.HIP)) {
            score += 1;
        }
        if (ctx.level() == Level.ADVANCED && LevelRule.loadKg(e, Level.ADVANCED) != null) {
            score += 1;
        }
        return score;
    }

    private int extraScore(CatalogExercise e, Set<String> siblingIds) {
        int score = 0;
        if (GoalEmphasis.favours(ctx.profile().goal(), e)) {
            score += 8;
        }
        if (e.hasPurpose(Purpose.BALANCE)) {
            score += 4;
        }
        if (e.unilateral()) {
            score += 2;
        }
        if (!siblingIds.contains(e.id())) {
            score += 3;
        }
        if (ctx.level() == Level.ADVANCED && LevelRule.loadKg(e, Level.ADVANCED) != null) {
            score += 2;
        }
        return score;
    }

    private final java.util.Map<String, Integer> costs = new java.util.HashMap<>();

    private int cost(CatalogExercise e, TemplateKind kind, List<WeekFrame> weeks) {
        return costs.computeIfAbsent(kind + e.id(), k -> strengthSeconds(Slot.of(e, e.mainPurpose()), kind, weeks));
    }

    private boolean cheaper(Candidate a, Candidate b, TemplateKind kind, List<WeekFrame> weeks) {
        int ca = cost(a.placed(), kind, weeks);
        int cb = cost(b.placed(), kind, weeks);
        return ca != cb ? ca < cb : a.placed().id().compareTo(b.placed().id()) < 0;
    }

    private Purpose slotPurpose(CatalogExercise e, boolean needRotation, boolean needPower) {
        if (needRotation && WeeklyCoverage.isRotation(e) && e.hasPurpose(Purpose.ROTATION)) {
            return Purpose.ROTATION;
        }
        if (needPower && e.mainPurpose().isPower()) {
            return e.mainPurpose();
        }
        return e.mainPurpose();
    }

    /** Null when the exercise has no foot contacts or fits uncapped; else the most reps/seconds allowed. */
    private Integer amountCap(CatalogExercise e, int contactsSoFar, int cap) {
        if (e.footContactsPerRep() == 0) {
            return null;
        }
        int sets = LevelRule.sets(ctx.level());
        int perAmount = PlyometricsGate.contacts(e.footContactsPerRep(), sets, 1, null, e.prescription().perSide());
        int most = (cap - contactsSoFar) / perAmount;
        int highest = highestAmount(e);
        return most >= highest ? null : most;
    }

    private int highestAmount(CatalogExercise e) {
        Dose top = WeeklyProgression.risen(e, ctx.startDose(e), 3);
        return top.amount();
    }

    private int contactsAtMost(CatalogExercise e, Integer amountCap) {
        if (e.footContactsPerRep() == 0) {
            return 0;
        }
        int amount = amountCap != null ? amountCap : highestAmount(e);
        return PlyometricsGate.contacts(e.footContactsPerRep(), LevelRule.sets(ctx.level()), amount, null,
                e.prescription().perSide());
    }

    private static long plyometricCount(List<Slot> slots) {
        return slots.stream().filter(s -> PlyometricsGate.isPlyometric(s.exercise())).count();
    }

    private static int firstUnilateral(List<Slot> slots) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).exercise().unilateral()) {
                return i;
            }
        }
        return -1;
    }

    private static List<Slot> withCap(List<Slot> slots, int cap) {
        List<Slot> out = new ArrayList<>();
        for (Slot s : slots) {
            out.add(s.withSetsCap(cap));
        }
        return out;
    }

    Dose strengthDose(Slot slot, WeekFrame week) {
        return WeeklyProgression.dose(slot.exercise(), ctx.startDose(slot.exercise()), week.phase(), week.number(),
                slot.setsCap(), slot.amountCap(), true);
    }

    private int strengthSeconds(Slot slot, TemplateKind kind, List<WeekFrame> weeks) {
        int most = 0;
        for (WeekFrame w : weeks) {
            most = Math.max(most, ctx.seconds(slot.exercise(), strengthDose(slot, w)));
        }
        return most;
    }

    private int strengthSeconds(List<Slot> strengthen, WeekFrame week) {
        int total = 0;
        for (Slot s : strengthen) {
            total += ctx.seconds(s.exercise(), strengthDose(s, week));
        }
        return total;
    }

    int supportSeconds(List<Slot> slots, boolean longest) {
        int total = 0;
        for (Slot s : slots) {
            total += ctx.seconds(s.exercise(), longest ? SupportDose.longestDose(s.exercise().reference())
                    : SupportDose.shortestDose(s.exercise().reference()));
        }
        return total;
    }

    int heaviest(TemplateKind kind, List<WeekFrame> weeks, List<Slot> prepare, List<Slot> strengthen, List<Slot> recover) {
        int most = 0;
        for (WeekFrame w : weeks) {
            most = Math.max(most, strengthSeconds(strengthen, w));
        }
        return most + supportSeconds(prepare, false) + supportSeconds(recover, false);
    }

    /**
     * More PREPARE/RECOVER exercises are wanted while the lightest week would need more than
     * {@value #COMFORTABLE_ROUNDS} normal rounds of them to reach the fill target, or could not reach
     * the floor even at their longest.
     */
    private boolean needsSupport(TemplateKind kind, List<WeekFrame> weeks, List<Slot> prepare, List<Slot> strengthen,
                                 List<Slot> recover) {
        int least = lightestStrength(weeks, strengthen);
        int comfortable = least + comfortableSeconds(prepare) + comfortableSeconds(recover);
        return (comfortable < SessionFill.target(ctx) && prepare.size() + recover.size() < MAX_COMFORT_SUPPORT)
                || lightestCapacity(kind, weeks, prepare, strengthen, recover) < ctx.floorSeconds() + CAPACITY_MARGIN_SECONDS;
    }

    private int comfortableSeconds(List<Slot> slots) {
        int total = 0;
        for (Slot s : slots) {
            CatalogueDose reference = s.exercise().reference();
            total += ctx.seconds(s.exercise(), SupportDose.dose(reference, COMFORTABLE_ROUNDS, SupportDose.normal(reference)));
        }
        return total;
    }

    private int lightestStrength(List<WeekFrame> weeks, List<Slot> strengthen) {
        int least = weeks.isEmpty() ? 0 : Integer.MAX_VALUE;
        for (WeekFrame w : weeks) {
            least = Math.min(least, strengthSeconds(strengthen, w));
        }
        return least;
    }

    int lightestCapacity(TemplateKind kind, List<WeekFrame> weeks, List<Slot> prepare, List<Slot> strengthen,
                         List<Slot> recover) {
        int least = Integer.MAX_VALUE;
        for (WeekFrame w : weeks) {
            least = Math.min(least, strengthSeconds(strengthen, w));
        }
        if (weeks.isEmpty()) {
            least = 0;
        }
        return least + supportSeconds(prepare, true) + supportSeconds(recover, true);
    }
}
