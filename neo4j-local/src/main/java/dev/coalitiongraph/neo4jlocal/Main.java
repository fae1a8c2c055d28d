package dev.coalitiongraph.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs the Neo4j Community engine in this process, with Bolt on 127.0.0.1 and APOC core loaded
 * from a plugin folder.
 *
 * <p>Arguments: {@code <dataDir> <pluginDir> <boltPort>}. The password of the {@code neo4j} user
 * is read from the {@code NEO4J_LOCAL_PASSWORD} environment variable and set at every start.
 *
 * <p>Protocol with the parent process: one line {@code READY <boltPort>} on stdout once Bolt
 * accepts connections, or {@code FAILED <message>} and a non-zero exit. The engine shuts down
 * cleanly on SIGTERM/SIGINT and when stdin closes, so a parent that dies never leaves it behind.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.out.println("FAILED usage: <dataDir> <pluginDir> <boltPort>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        Path pluginDir = Path.of(args[1]).toAbsolutePath();
        int port = Integer.parseInt(args[2]);
        String password = System.getenv("NEO4J_LOCAL_PASSWORD");
        if (password == null || password.length() < 8) {
            System.out.println("FAILED NEO4J_LOCAL_PASSWORD must be set to at least 8 characters");
            System.exit(2);
        }

        DatabaseManagementService dbms;
        try {
            Files.createDirectories(dataDir);
            dbms = new DatabaseManagementServiceBuilder(dataDir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.plugin_dir, pluginDir)
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, java.util.List.of("apoc.*"))
                    // Guards for a development database that anyone on the machine may query.
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(512))
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(Long.getLong("coalition.pagecacheMb", 256)))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    .setConfig(GraphDatabaseSettings.cypher_min_replan_interval,
                            Duration.ofSeconds(Long.getLong("coalition.minReplanIntervalSeconds", 10)))
                    .build();
        } catch (RuntimeException | IOException e) {
            System.out.println("FAILED " + oneLine(e));
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-local-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);

        try {
            // Runs against the system database in-process, so it needs no current password.
            setPassword(dbms, password);
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                    .executeTransactionally("RETURN 1");
        } catch (RuntimeException e) {
            System.out.println("FAILED " + oneLine(e));
            System.exit(1);
        }

        System.out.println("READY " + port);
        System.out.flush();

        Thread stdinWatch = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() != -1) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone, which is the same as end of input.
            }
            System.exit(0);
        }, "neo4j-local-stdin");
        stdinWatch.setDaemon(true);
        stdinWatch.start();

        stopped.await();
    }

    /** Sets the password of the neo4j user; keeping the current one is not an error. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() + (root != e ? " (" + root.getMessage() + ")" : "");
        return message.replaceAll("\\s+", " ");
    }
}
