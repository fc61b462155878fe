package fr.pilotis.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The operator's backup and restore, on the database the application is configured with (the
 * embedded one of the default run or {@code spring.datasource.*}), then stops:
 *
 * <pre>
 * java -jar pilotis.jar --spring.main.web-application-type=none --pilotis.task=backup --pilotis.backup.file=pilotis.zip
 * java -jar pilotis.jar --spring.main.web-application-type=none --pilotis.task=restore --pilotis.backup.file=pilotis.zip
 * </pre>
 *
 * They run first, before the demo networks would be loaded into an empty database (and exit), so a
 * restore finds the new database migrated by Flyway and still empty.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackupTasks implements ApplicationRunner {

    static final Set<String> TASKS = Set.of("backup", "restore", "export-network", "import-network");

    private static final Logger log = LoggerFactory.getLogger(BackupTasks.class);

    private final Environment environment;
    private final ConfigurableApplicationContext context;
    private final DataSource dataSource;
    private final DatabaseBackup backups = new DatabaseBackup();
    private final NetworkTransfer transfers = new NetworkTransfer();

    BackupTasks(Environment environment, ConfigurableApplicationContext context, DataSource dataSource) {
        this.environment = environment;
        this.context = context;
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) {
        String task = environment.getProperty("pilotis.task", "");
        if (!TASKS.contains(task)) {
            return;
        }
        int status = run(
                task,
                environment.getProperty("pilotis.backup.file", ""),
                environment.getProperty("pilotis.network.slug", ""));
        System.exit(SpringApplication.exit(context, () -> status));
    }

    int run(String task, String file, String slug) {
        if (file.isBlank()) {
            log.error("Name the backup file with --pilotis.backup.file=…");
            return 2;
        }
        Path path = Path.of(file);
        if (task.equals("export-network") && slug.isBlank()) {
            log.error("Name the network to export with --pilotis.network.slug=…");
            return 2;
        }
        if ((task.equals("restore") || task.equals("import-network")) && !Files.isRegularFile(path)) {
            log.error("restore refused: no backup file {}", path.toAbsolutePath());
            return 2;
        }
        try {
            if (task.equals("export-network")) {
                NetworkTransfer.Manifest exported = transfers.export(dataSource, slug, path);
                log.info(
                        "Network {} exported into {}: {} tables",
                        slug,
                        path.toAbsolutePath(),
                        exported.tables().size());
                return 0;
            }
            if (task.equals("import-network")) {
                long network = transfers.importNetwork(dataSource, path, slug);
                log.info("Network imported from {} as network {}", path.toAbsolutePath(), network);
                return 0;
            }
            DatabaseBackup.Manifest manifest =
                    task.equals("backup") ? backups.backup(dataSource, path) : backups.restore(dataSource, path);
            log.info(
                    "{} {}: schema version {}, {} tables, {} rows",
                    task.equals("backup") ? "Backed up into" : "Restored from",
                    path.toAbsolutePath(),
                    manifest.schemaVersion(),
                    manifest.tables().size(),
                    manifest.tables().stream()
                            .mapToLong(DatabaseBackup.Table::rows)
                            .sum());
            return 0;
        } catch (DatabaseBackup.Refused refused) {
            log.error("{} refused: {}", task, refused.getMessage());
            return 2;
        }
    }
}
