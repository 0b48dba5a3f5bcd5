package dev.runstrength.local;

import dev.runstrength.infra.security.SigningKeys;
import dev.runstrength.infra.security.Tokens;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code deploy/local/token.sh}: prints a bearer token for the local stack, signed with the key pair
 * {@code run.sh} made under the data directory, valid for a day. The token is the last line.
 */
public final class TokenCommand {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: token.sh --role backend|catalog-editor | --runner <runnerId> [--data-dir DIR]",
            "  --role backend         a running app's backend (group runstrength-backend): every runner",
            "  --role catalog-editor  catalogue writes (group runstrength-catalog-editor)",
            "  --runner ID            one runner's own token (subject = ID): that runner's plan, progress, workouts",
            "  --data-dir DIR         the local stack's data directory (default <repo>/.runstrength)",
            "The token is the last line of the output.");

    private TokenCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), RepoRoot.find(), System.out, System.err));
    }

    /** What was asked for: a group, or a runner id. */
    record Request(String group, String runnerId, Path dataDir) {
    }

    static int run(List<String> args, Path repo, PrintStream out, PrintStream err) {
        Request request;
        try {
            request = parse(args, repo);
        } catch (IllegalArgumentException e) {
            err.println("token.sh: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Path keysDir = request.dataDir().resolve("keys");
        SigningKeys keys = SigningKeys.at(keysDir);
        if (!keys.exists()) {
            err.println("token.sh: no signing key in " + keysDir + "; start the local stack once (deploy/local/run.sh), it makes one");
            return 1;
        }
        Tokens tokens = new Tokens(keys.privateKey(), Tokens.LOCAL_ISSUER);
        Instant until = Instant.now().plus(Tokens.A_DAY).truncatedTo(ChronoUnit.SECONDS);
        String token = request.runnerId() != null ? tokens.runner(request.runnerId()) : tokens.forRole(request.group(), Tokens.A_DAY);
        out.println("# token " + (request.runnerId() != null ? "of runner " + request.runnerId() + " (subject)"
                : "with group " + request.group()) + ", valid until " + until + ", issuer " + Tokens.LOCAL_ISSUER);
        out.println(token);
        return 0;
    }

    static Request parse(List<String> args, Path repo) {
        String group = null;
        String runnerId = null;
        Path dataDir = null;
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            switch (arg) {
                case "--role" -> group = group(value(arg, rest));
                case "--runner" -> runnerId = runner(value(arg, rest));
                case "--data-dir" -> dataDir = Path.of(value(arg, rest));
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        if ((group == null) == (runnerId == null)) {
            throw new IllegalArgumentException("give exactly one of --role and --runner");
        }
        if (dataDir == null) {
            if (repo == null) {
                throw new IllegalArgumentException("no repository root found: pass --data-dir DIR");
            }
            dataDir = repo.resolve(StackOptions.DATA_DIR_NAME);
        }
        return new Request(group, runnerId, dataDir.toAbsolutePath().normalize());
    }

    private static String group(String role) {
        String name = role.toLowerCase(Locale.ROOT);
        String group = name.startsWith("runstrength-") ? name : "runstrength-" + name;
        if (!group.equals(Tokens.BACKEND) && !group.equals(Tokens.CATALOG_EDITOR)) {
            throw new IllegalArgumentException("--role must be backend or catalog-editor, was '" + role + "'");
        }
        return group;
    }

    private static String runner(String id) {
        if (!id.matches("[A-Za-z0-9._:-]{1,64}")) {
            throw new IllegalArgumentException("--runner must be 1-64 characters of A-Za-z0-9._:-, was '" + id + "'");
        }
        return id;
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }
}
