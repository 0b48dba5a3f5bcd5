package dev.runstrength.images;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Stands in for the production base image (ubi9/openjdk-17-runtime), which no registry here can
 * serve: a docker-save tar written by jib-core with the same account layout, user jboss with UID 185
 * and home /home/jboss. Only what the image build reads from its base matters; nothing runs in it.
 * It declares no user, port or working directory, so whatever the pushed image says about them comes
 * from the service's own settings.
 */
final class BaseImageTar {

    static final String UID = "185";

    private BaseImageTar() {
    }

    /** Writes the tar to {@code tar}, using {@code work} for its files and Jib's caches. */
    static Path write(Path tar, Path work) throws Exception {
        Path files = Files.createDirectories(work.resolve("files"));
        Path passwd = Files.writeString(files.resolve("passwd"),
                "root:x:0:0:root:/root:/bin/bash\njboss:x:185:0:JBoss user:/home/jboss:/sbin/nologin\n");
        Path group = Files.writeString(files.resolve("group"), "root:x:0:\njboss:x:185:\n");
        Path home = Files.createDirectories(files.resolve("home"));
        Instant epoch = Instant.EPOCH;
        FileEntriesLayer accounts = FileEntriesLayer.builder()
                .setName("accounts")
                .addEntry(passwd, AbsoluteUnixPath.get("/etc/passwd"), FilePermissions.fromOctalString("644"), epoch)
                .addEntry(group, AbsoluteUnixPath.get("/etc/group"), FilePermissions.fromOctalString("644"), epoch)
                .addEntry(home, AbsoluteUnixPath.get("/home/jboss"), FilePermissions.fromOctalString("755"), epoch,
                        UID + ":0")
                .build();
        Jib.fromScratch()
                .addFileEntriesLayer(accounts)
                .setEnvironment(Map.of("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"))
                .containerize(Containerizer.to(TarImage.at(tar).named("runstrength-test/openjdk-17-runtime:base"))
                        .setBaseImageLayersCache(work.resolve("cache/base"))
                        .setApplicationLayersCache(work.resolve("cache/application")));
        return tar;
    }
}
