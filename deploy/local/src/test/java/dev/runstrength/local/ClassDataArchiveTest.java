package dev.runstrength.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    @TempDir
    Path dir;

    private Path build;
    private Path archive;
    private ClassDataArchive classData;

    @BeforeEach
    void aBuild() throws Exception {
        build = dir.resolve("quarkus-app");
        Files.createDirectories(build.resolve("lib"));
        Files.writeString(build.resolve("lib/app.jar"), "jar");
        setModified(build.resolve("lib/app.jar"), Instant.now().minusSeconds(60));
        archive = dir.resolve("class-data/planner-17.jsa");
        classData = new ClassDataArchive(build, archive, true);
    }

    @Test
    void aStartWithoutAnArchiveRecordsOneIntoAFileOfItsOwn() {
        ClassDataArchive.Start first = classData.start();
        ClassDataArchive.Start second = classData.start();

        assertThat(first.recording()).isPresent();
        assertThat(first.recording().get().getParent()).isEqualTo(archive.getParent());
        assertThat(first.recording()).isNotEqualTo(second.recording());
        assertThat(first.jvmOptions()).containsExactly("-XX:ArchiveClassesAtExit=" + first.recording().get(), "-Xlog:cds=error");
    }

    @Test
    void aRecordingOfAJvmThatEndedOnItsOwnBecomesTheArchiveTheNextStartMaps() throws Exception {
        ClassDataArchive.Start recording = classData.start();
        Files.writeString(recording.recording().get(), "classes");

        recording.settle(true, 143);

        assertThat(archive).hasContent("classes");
        assertThat(recording.recording().get()).doesNotExist();
        ClassDataArchive.Start next = classData.start();
        assertThat(next.jvmOptions()).containsExactly("-XX:SharedArchiveFile=" + archive);
        assertThat(next.recording()).isEmpty();
    }

    @Test
    void aRecordingOfAKilledJvmIsThrownAwayAndTheArchiveKept() throws Exception {
        Files.createDirectories(archive.getParent());
        Files.writeString(archive, "earlier");
        setModified(build.resolve("lib/app.jar"), Instant.now().plusSeconds(60)); // a rebuild after it
        ClassDataArchive.Start killed = classData.start();
        ClassDataArchive.Start forced = classData.start();
        Files.writeString(killed.recording().get(), "half");
        Files.writeString(forced.recording().get(), "half");

        killed.settle(true, 137);
        forced.settle(false, 143);

        assertThat(killed.recording().get()).doesNotExist();
        assertThat(forced.recording().get()).doesNotExist();
        assertThat(archive).hasContent("earlier");
    }

    @Test
    void anArchiveOlderThanAnyFileOfTheBuildIsRecordedAgain() throws Exception {
        Files.createDirectories(archive.getParent());
        Files.writeString(archive, "classes");
        assertThat(classData.start().recording()).isEmpty();

        setModified(build.resolve("lib/app.jar"), Instant.now().plusSeconds(60));

        assertThat(classData.start().recording()).isPresent();
    }

    @Test
    void switchedOffOrWithoutABuildTheJvmGetsNoOption() {
        assertThat(new ClassDataArchive(build, archive, false).start().jvmOptions()).isEmpty();
        assertThat(new ClassDataArchive(dir.resolve("missing"), archive, true).start().jvmOptions()).isEmpty();
    }

    @Test
    void theArchiveIsPerServiceBuildAndJava() {
        ClassDataArchive tracking = ClassDataArchive.of(Path.of("/repo"), Service.ALL.get(2));

        assertThat(tracking.archive().getParent()).isEqualTo(Path.of("/repo/tracking-service/target/class-data"));
        assertThat(tracking.archive().getFileName().toString())
                .startsWith("tracking-").endsWith(".jsa").contains(System.getProperty("java.vm.version").substring(0, 2));
    }

    @Test
    void aChildProcessKeepsTheRecordingOnlyWhenItEndedOnItsOwn() throws Exception {
        ClassDataArchive.Start clean = classData.start();
        ChildProcess ended = ChildProcess.start("ends", List.of("sh", "-c", "echo classes > " + clean.recording().get()),
                Map.of(), dir.resolve("ends.log"), dir.resolve("ends.pid"), clean);
        ended.awaitStop(Duration.ofSeconds(10));
        assertThat(archive).hasContent("classes");
        setModified(build.resolve("lib/app.jar"), Instant.now().plusSeconds(60)); // a rebuild: record again

        ClassDataArchive.Start stubborn = classData.start();
        ChildProcess killed = ChildProcess.start("stubborn", List.of("sh", "-c",
                        "trap '' TERM; echo half > " + stubborn.recording().get() + "; while true; do sleep 1; done"),
                Map.of(), dir.resolve("stubborn.log"), dir.resolve("stubborn.pid"), stubborn);
        for (int i = 0; i < 100 && !Files.exists(stubborn.recording().get()); i++) {
            Thread.sleep(50);
        }
        killed.stop(Duration.ofMillis(300));

        assertThat(stubborn.recording().get()).doesNotExist();
        assertThat(archive).hasContent("classes");
    }

    /** The real JVM: a run records the classes it loaded, and the next run loads its own class from the archive. */
    @Test
    void aJvmRecordsItsClassesAtExitAndTheNextOneLoadsThemFromTheArchive() throws Exception {
        String classpath = probeJar().toString(); // the JVM archives classes from jars only
        ClassDataArchive.Start recording = classData.start();
        Process first = java(recording.jvmOptions(), classpath, dir.resolve("first.log"));
        recording.settle(true, first.waitFor());
        assertThat(first.exitValue()).isZero();
        assertThat(archive).isNotEmptyFile();

        ClassDataArchive.Start using = classData.start();
        List<String> options = new ArrayList<>(using.jvmOptions());
        options.add("-Xlog:class+load=info");
        Process second = java(options, classpath, dir.resolve("second.log"));

        assertThat(second.waitFor()).isZero();
        assertThat(Files.readAllLines(dir.resolve("second.log")))
                .anyMatch(line -> line.contains(ClassDataProbe.class.getName() + " source: shared objects file (top)"));
    }

    private Path probeJar() throws Exception {
        String entry = ClassDataProbe.class.getName().replace('.', '/') + ".class";
        Path jar = build.resolve("lib/probe.jar");
        try (InputStream in = ClassDataProbe.class.getClassLoader().getResourceAsStream(entry);
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
        }
        setModified(jar, Instant.now().minusSeconds(60));
        return jar;
    }

    private static Process java(List<String> options, String classpath, Path log) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", classpath, ClassDataProbe.class.getName()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void setModified(Path file, Instant when) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(when));
    }
}
