package org.concordat.bulk;

import java.nio.file.Path;
import java.util.List;

import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.CollaborationWrites;
import org.concordat.entity.KnownIds;
import org.concordat.force.Force;
import org.concordat.force.ForceWrites;
import org.concordat.function.FunctionWrites;
import org.concordat.function.PolicingFunction;
import org.concordat.lessons.Lesson;
import org.concordat.lessons.LessonWrites;
import org.concordat.people.Person;
import org.concordat.people.PersonWrites;
import org.concordat.register.RegisterDocument;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a register document of any size: a validation pass ({@link BulkValidator}) and then, section by
 * section in dependency order (functions, forces, collaborations, their dependencies, memberships and figures,
 * people, lessons), batched UNWIND transactions of the rows each concept writes with ({@link ForceWrites}, ...). Each
 * section is streamed from the file again rather than kept. A failed batch leaves the earlier ones committed
 * and says which batch to resume from; re-running from there completes the load.
 *
 * <p>Unlike {@code /api/import} this is not all-or-nothing, and it upserts like a merge import without
 * re-checking a collaboration's memberships against ones the register already holds: it is meant for loading
 * an empty register, or resuming such a load.
 */
public final class BulkLoader {

	private final JsonMapper json;

	public BulkLoader(JsonMapper json) {
		this.json = json;
	}

	public BulkProgress.Status load(Path file, BulkSettings settings, BatchSink sink, KnownIds existing,
			BulkProgress progress) {
		DocumentStream document = new DocumentStream(json, file);
		try {
			if (settings.validate()) {
				progress.phase("validating");
				progress.counted(new BulkValidator().validate(document, existing));
			}
			progress.phase("writing");
			write(document, new BulkRun(settings, sink, progress), settings.statements());
			progress.phase("written");
			return progress.status();
		}
		catch (BulkLoadException e) {
			progress.failed(e);
			throw e;
		}
	}

	private void write(DocumentStream document, BulkRun run, BulkStatements statements) {
		Batcher functions = new Batcher("functions", statements.functions(), run);
		section(document, "functions", (at, v) -> functions.add(at,
				FunctionWrites.rows(List.of((PolicingFunction) v))), functions);
		Batcher forces = new Batcher("forces", statements.forces(), run);
		section(document, "forces", (at, v) -> forces.add(at,
				ForceWrites.rows(List.of((Force) v))), forces);
		Batcher collabs = new Batcher("collaborations", statements.collaborations(), run);
		section(document, "collaborations", (at, v) -> collabs.add(at,
				CollaborationWrites.rows(List.of((Collaboration) v))), collabs);
		// Dependencies, memberships and figures need every collaboration (and force) to exist first.
		Batcher dependencies = new Batcher("dependencies", statements.dependencies(), run);
		Batcher memberships = new Batcher("memberships", statements.memberships(), run);
		Batcher figures = new Batcher("figures", statements.figures(), run);
		section(document, "collaborations", (at, v) -> {
			List<Collaboration> one = List.of((Collaboration) v);
			if (!((Collaboration) v).dependsOn().isEmpty()) {
				dependencies.add(at, CollaborationWrites.rows(one));
			}
			memberships.add(at, CollaborationWrites.membershipRows(one));
			figures.add(at, CollaborationWrites.figureRows(one));
		}, dependencies, memberships, figures);
		Batcher people = new Batcher("people", statements.people(), run);
		section(document, "people", (at, v) -> people.add(at,
				PersonWrites.rows(List.of((Person) v))), people);
		Batcher lessons = new Batcher("lessons", statements.lessons(), run);
		section(document, "lessons", (at, v) -> lessons.add(at,
				LessonWrites.rows(List.of((Lesson) v))), lessons);
	}

	private interface Rows {

		void add(String element, Object value);
	}

	private static void section(DocumentStream document, String section, Rows rows, Batcher... batchers) {
		document.read(List.of(section), (s, index, value, error) -> {
			if (value == null) {
				// only the floor gets here (the validation pass refuses these): such an element is left out
				return;
			}
			rows.add(s + "[" + index + "]", value);
		});
		for (Batcher b : batchers) {
			b.flush();
		}
	}
}
