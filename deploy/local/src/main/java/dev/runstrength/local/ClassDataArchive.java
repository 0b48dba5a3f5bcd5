package dev.runstrength.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A service's application class-data archive (AppCDS) for the local stack: the classes its JVM loaded by the end of
 * a real run, stored parsed and verified so that the next start maps them instead of reading them from the jars.
 * Three services starting together on two cores are ready in about half the time with it. (The system tests and the
 * benchmark start the services without: recording costs a slower stop, which a suite of fresh systems pays as often
 * as it gains, and the images cannot carry one, see docs/deploy.md.)
 *
 * <p>The archive belongs to one build and one Java: it lives in the service's {@code target/class-data}, named
 * after the Java runtime's version, and a start that finds none, or one older than any file of the build, records
 * a new one: the JVM dumps its loaded classes when it exits ({@code -XX:ArchiveClassesAtExit}) into a file of that
 * start's own, which becomes the archive only if the JVM ended on its own (a JVM killed mid-dump leaves half a
 * file). A JVM that cannot use an archive (another Java, a changed jar) says so in its log and starts as without.
 * {@value #SWITCH}=off leaves the archive out altogether.
 */
public final class ClassDataArchive {

    /** The environment variable that turns the archive off, for a comparison or a JVM that mishandles it. */
    public static final String SWITCH = "RUNSTRENGTH_CLASS_DATA_SHARING";
    /** Exit code of a JVM ended by SIGKILL: it cannot have finished a dump. */
    private static final int KILLED = 128 + 9;
    private static final AtomicLong RECORDINGS = new AtomicLong();

    private final Path build;
    private final Path archive;
    private final boolean enabled;

    ClassDataArchive(Path build, Path archive, boolean enabled) {
        this.build = build;
        this.archive = archive;
        this.enabled = enabled;
    }

    /** The archive of {@code service}'s build in {@code repoRoot}, for the Java running this launcher. */
    public static ClassDataArchive of(Path repoRoot, Service service) {
        Path target = service.runnableJar(repoRoot).getParent().getParent();
        String java = System.getProperty("java.vm.version").replaceAll("[^A-Za-z0-9.+_-]", "_");
        return new ClassDataArchive(service.runnableJar(repoRoot).getParent(),
                target.resolve("class-data").resolve(service.name() + "-" + java + ".jsa"),
                !"off".equalsIgnoreCase(System.getenv().getOrDefault(SWITCH, "on")));
    }

    public Path archive() {
        return archive;
    }

    /** The JVM options of one start, and what becomes of its recording once the JVM has ended. */
    public Start start() {
        if (!enabled || !Files.isDirectory(build)) {
            return new Start(List.of(), Optional.empty(), archive);
        }
        if (isCurrent()) {
            return new Start(List.of("-XX:SharedArchiveFile=" + archive), Optional.empty(), archive);
        }
        Path recording = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + RECORDINGS.incrementAndGet() + ".tmp");
        try {
            Files.createDirectories(archive.getParent());
        } catch (IOException e) {
            return new Start(List.of(), Optional.empty(), archive);
        }
        // the dump warns of every class it leaves out (not linked, generated): errors only, or they fill the log
        return new Start(List.of("-XX:ArchiveClassesAtExit=" + recording, "-Xlog:cds=error"), Optional.of(recording),
                archive);
    }

    /** True when the archive is newer than every file of the build it was made from. */
    boolean isCurrent() {
        if (!Files.isRegularFile(archive)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(build)) {
            FileTime made = Files.getLastModifiedTime(archive);
            return files.filter(Files::isRegularFile).allMatch(file -> modified(file).compareTo(made) < 0);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The options a JVM starts with and, when it records, the file it records into.
     *
     * @param jvmOptions the options to add to the JVM's command line
     * @param recording  where the JVM dumps its classes at exit, when it records a new archive
     * @param archive    where a finished recording goes
     */
    public record Start(List<String> jvmOptions, Optional<Path> recording, Path archive) {

        /**
         * Called once the JVM has ended: a recording of a JVM that ended on its own replaces the archive in one
         * step (a JVM starting meanwhile maps the old file or the new one, never half of one); any other is
         * deleted.
         */
        public void settle(boolean endedOnItsOwn, int exitCode) {
            recording.filter(Files::isRegularFile).ifPresent(file -> {
                try {
                    if (endedOnItsOwn && exitCode != KILLED && Files.size(file) > 0) {
                        Files.move(file, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } else {
                        Files.delete(file);
                    }
                } catch (IOException e) {
                    // a recording that cannot be kept costs the next start its speed-up, nothing else
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException ignored) {
                        // left in target/, which the next clean removes
                    }
                }
            });
        }
    }
}
