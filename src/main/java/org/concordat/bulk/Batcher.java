package org.concordat.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.concordat.web.FieldError;

/**
 * Collects the rows of one kind into batches of a fixed size and hands each full batch to the sink. Batches
 * are numbered across the whole load in the order they fill, which depends only on the document and the batch
 * size, so a batch number names the same rows on every run: batches before {@code resumeFrom} are skipped.
 */
final class Batcher {

	private final String kind;

	private final List<String> statements;

	private final BulkRun run;

	private final List<Map<String, Object>> rows = new ArrayList<>();

	private String firstElement;

	private String lastElement;

	Batcher(String kind, List<String> statements, BulkRun run) {
		this.kind = kind;
		this.statements = statements;
		this.run = run;
	}

	void add(String element, List<Map<String, Object>> more) {
		for (Map<String, Object> row : more) {
			if (rows.isEmpty()) {
				firstElement = element;
			}
			rows.add(row);
			lastElement = element;
			if (rows.size() >= run.batchSize()) {
				flush();
			}
		}
	}

	void flush() {
		if (rows.isEmpty()) {
			return;
		}
		int batch = run.nextBatch();
		String where = kind + " rows of " + firstElement + (firstElement.equals(lastElement) ? "" : " to " + lastElement);
		if (batch >= run.resumeFrom()) {
			long started = System.nanoTime();
			try {
				run.sink().write(statements, rows);
			}
			catch (RuntimeException e) {
				// a refusal by the database is named by its code, not its message: that quotes the document's values
				String why = e instanceof org.neo4j.driver.exceptions.Neo4jException neo4j && neo4j.code() != null
						&& neo4j.code().startsWith("Neo.ClientError") ? "the database refused it (" + neo4j.code() + ")"
								: e.getMessage();
				throw new BulkLoadException(List.of(new FieldError("batch " + batch, where + " failed: " + why)), batch);
			}
			run.progress().committed(batch, kind, rows.size(), where, System.nanoTime() - started);
		}
		else {
			run.progress().skipped(batch, kind, rows.size());
		}
		rows.clear();
	}
}
