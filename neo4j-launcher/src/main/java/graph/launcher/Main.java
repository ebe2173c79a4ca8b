package graph.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import org.neo4j.configuration.FulltextSettings;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;

/**
 * Runs Neo4j Community embedded with Bolt on 127.0.0.1 only.
 *
 * <p>Usage: {@code java -jar neo4j-launcher.jar --home DIR --port N [--pagecache-mb N]}
 *
 * <p>Protocol with the Node process that starts it: one line {@code READY bolt://127.0.0.1:PORT}
 * on stdout once Bolt accepts the password stored in {@code DIR/password}; on failure one line
 * starting {@code ERROR } saying what to do, and a non-zero exit. The launcher shuts Neo4j down
 * cleanly on SIGINT/SIGTERM and when its stdin closes, so it never outlives its parent.
 */
public final class Main {
    private static final String USER = "neo4j";

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage(), 64);
            return;
        }
        try {
            run(options);
        } catch (Throwable e) {
            fail(explain(e, options), 1);
        }
    }

    private static void run(Options options) throws IOException {
        Path home = options.home.toAbsolutePath();
        Files.createDirectories(home);
        ensurePassword(home);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        // An operator tunes the local server with settings in DIR/neo4j.conf (query logging, say);
        // the settings below, which keep it on loopback with a password, still win.
        Path conf = home.resolve("neo4j.conf");
        if (Files.exists(conf)) builder.loadPropertiesFromFile(conf);
        DatabaseManagementService dbms = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(options.pagecacheMb))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Without this, each database preallocates a 256 MiB transaction log.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                // Netty waits a 5 s quiet period per event loop on shutdown by default; 10 s to stop is
                // too long for tests and for Ctrl-C.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                // The search index is eventually consistent (see server/graph/schema.ts). Reopening
                // its Lucene reader after every update batch writes and maps a new segment each
                // time, which cost about a third of ingest's CPU; once a second is enough, and an
                // ingest waits for the refresh before it reports done.
                .setConfig(FulltextSettings.eventually_consistent_refresh_interval, Duration.ofSeconds(1))
                .build();

        // Embedded Neo4j registers no shutdown hook of its own; without one, SIGTERM skips the
        // checkpoint and the next start has to recover from the transaction logs.
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int port = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();

        exitWhenStdinCloses();
    }

    /**
     * The password lives beside the data, readable by its owner only. It is generated on the first
     * start and written into auth.ini before Neo4j creates its system database, which is the only
     * moment Neo4j reads that file (what {@code neo4j-admin dbms set-initial-password} does).
     */
    private static void ensurePassword(Path home) throws IOException {
        Path file = home.resolve("password");
        boolean fresh = !Files.exists(home.resolve("data/databases/system"));
        if (Files.exists(file)) {
            String password = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (fresh) writeInitialAuth(home, password);
            return;
        }
        if (!fresh) {
            throw new IllegalStateException("the password file " + file + " is missing but the store exists; "
                    + "restore the file, or delete " + home + " to start with an empty graph");
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        writeInitialAuth(home, password);
    }

    private static void writeInitialAuth(Path home, String password) throws IOException {
        Path dbmsDir = home.resolve("data/dbms");
        Files.createDirectories(dbmsDir);
        Path authFile = dbmsDir.resolve("auth.ini");
        Files.deleteIfExists(authFile);
        try (var fs = new DefaultFileSystemAbstraction()) {
            var users = new FileUserRepository(fs, authFile, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            users.start();
            var credential = SystemGraphCredential.createCredentialForPassword(
                    password.getBytes(StandardCharsets.UTF_8), new SecureHasher());
            users.create(new User(USER, null, credential, false, false));
            users.shutdown();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("could not write the initial password to " + authFile + ": " + e.getMessage(), e);
        }
    }

    /** The parent (Node) holds our stdin; when it exits, for any reason, the pipe closes. */
    private static void exitWhenStdinCloses() throws IOException {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // Nothing is sent on stdin; we only wait for it to close.
        }
        System.exit(0);
    }

    private static String explain(Throwable error, Options options) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            String name = e.getClass().getSimpleName();
            if (name.equals("FileLockException")) {
                return "the data folder " + options.home.toAbsolutePath() + " is in use by another running Neo4j; "
                        + "stop that process, or set DATA_DIR to another folder";
            }
            if (name.equals("PortBindException") || String.valueOf(e.getMessage()).contains("Address already in use")) {
                return "port " + options.port + " on 127.0.0.1 is already in use; stop what holds it, "
                        + "or set NEO4J_PORT to a free port (0 picks one)";
            }
            if (e instanceof IllegalStateException && e.getMessage() != null && e.getMessage().contains("password file")) {
                return e.getMessage();
            }
        }
        return "Neo4j failed to start: " + error + " (see " + options.home.toAbsolutePath().resolve("logs/debug.log") + ")";
    }

    private static void fail(String message, int code) {
        System.out.println("ERROR " + message);
        System.out.flush();
        System.exit(code);
    }

    private record Options(Path home, int port, long pagecacheMb) {
        static Options parse(String[] args) {
            Path home = null;
            int port = 7687;
            long pagecacheMb = 256;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--home" -> { home = Path.of(require(args[i], value)); i++; }
                    case "--port" -> { port = Integer.parseInt(require(args[i], value)); i++; }
                    case "--pagecache-mb" -> { pagecacheMb = Long.parseLong(require(args[i], value)); i++; }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; usage: --home DIR --port N [--pagecache-mb N]");
                }
            }
            if (home == null) throw new IllegalArgumentException("--home DIR is required");
            return new Options(home, port, pagecacheMb);
        }

        private static String require(String flag, String value) {
            if (value == null) throw new IllegalArgumentException(flag + " needs a value");
            return value;
        }
    }
}
