package org.concordat.bulk;

import java.nio.file.Files;
import java.nio.file.Path;

import org.concordat.ConcordatApplication;
import org.concordat.command.Options;
import org.concordat.audit.AuditLog;
import org.concordat.register.ChangeLog;
import org.concordat.security.Actor;
import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code load FILE [--batch-size N] [--resume-from N] [--key=value ...]}: bulk loads a register document into
 * the configured Neo4j (embedded by default; {@code --spring.neo4j.uri=...} for a server) without starting the
 * web server, the demo seed or the analytics snapshot. Exits 0 when loaded, 1 when refused or stopped (the
 * message says which batch to resume from).
 */
public final class LoadCommand {

	private LoadCommand() {
	}

	public static int run(Options options) {
		if (options.positional().size() != 1) {
			throw new IllegalArgumentException("name one register document to load");
		}
		Path file = Path.of(options.positional().get(0));
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("no such file: " + file);
		}
		BulkSettings settings = BulkSettings.of(options.integer("batch-size", BulkSettings.DEFAULT_BATCH),
				options.integer("resume-from", 1));
		try (ConfigurableApplicationContext app = start(options.springArguments())) {
			Driver driver = app.getBean(Driver.class);
			BulkProgress progress = new BulkProgress("cli", file.toString());
			// no one signed in: the audit records the operating-system user who ran the command
			BulkAudit audit = BulkAudit.of(app.getBean(AuditLog.class), Actor.command("load command"), file,
					file.toString());
			boolean loaded = false;
			try {
				new BulkLoader(app.getBean(JsonMapper.class)).load(file, settings,
						Neo4jBatchSink.beginning(driver, app.getBean(ChangeLog.class), audit), ExistingIds.of(driver),
						progress);
				loaded = true;
				BulkProgress.Status done = progress.done();
				System.out.printf("load: %s loaded in %,d ms: %s%n", file, done.elapsedMillis(), done.rowsCommitted());
				return 0;
			}
			catch (BulkLoadException e) {
				e.errors().forEach(error -> System.err.println("load: " + error.field() + ": " + error.reason()));
				if (e.resumeFrom() > 0) {
					System.err.println("load: batches before " + e.resumeFrom() + " are committed; run again with "
							+ "--resume-from " + e.resumeFrom());
				}
				return 1;
			}
			finally {
				audit.ended(progress.status(), loaded);
				app.getBean(ChangeLog.class).recordBulkLoad(driver, audit); // running instances rebuild
			}
		}
	}

	/** The app without its web server, demo seed or snapshot: only the database, its schema and the JSON mapper. */
	public static ConfigurableApplicationContext start(String[] springArguments) {
		return new SpringApplicationBuilder(ConcordatApplication.class).web(WebApplicationType.NONE)
			.run(withDefaults(springArguments, "--spring.main.web-application-type=none",
					"--concordat.seed.enabled=false", "--concordat.snapshot.at-start=false", "--concordat.changes.enabled=false"));
	}

	/**
	 * Command-line arguments outrank application.properties (which asks for a reactive server and the demo
	 * seed), so the command's defaults go there, each unless the user gave the same key.
	 */
	public static String[] withDefaults(String[] given, String... defaults) {
		java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(given));
		for (String d : defaults) {
			String key = d.substring(0, d.indexOf('=') + 1);
			if (all.stream().noneMatch(a -> a.startsWith(key))) {
				all.add(d);
			}
		}
		return all.toArray(String[]::new);
	}
}
