package org.concordat.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.CollaborationRepository;
import org.concordat.force.ForceRepository;
import org.concordat.function.FunctionRepository;
import org.concordat.interchange.Columns.Field;
import org.concordat.register.RegisterDocument;
import org.concordat.register.RegisterImport;
import org.concordat.register.RegisterLookup;
import org.concordat.security.Grants;
import org.concordat.web.FieldError;
import org.concordat.web.ForbiddenException;
import org.concordat.web.InvalidInputException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A spreadsheet merged into the register ({@link SheetPlan} says what each row would do): a dry run answers the
 * plan; a commit writes it through the same merge as {@code POST /api/import?mode=merge} ({@link RegisterImport}:
 * one transaction, the register's rules checked again inside it, the versions read for the plan checked so that a
 * change made meanwhile refuses the commit with 412, and one audit entry with the counts and the file's SHA-256).
 * Nothing is written while any row is refused: 403 when a row is outside the sender's rights, 400 otherwise, with
 * every refused row's problems.
 */
@Component
class SpreadsheetImport {

	/** What the import did or would do, row by row. */
	record Answer(boolean dryRun, boolean committed, String sha256, List<String> headers, Map<String, String> columns,
			Counts counts, List<SheetPlan.RowOutcome> rows) {
	}

	/**
	 * How many rows would do what ({@code refused} rows stop a commit; {@code rowsChanging}: rows that change an
	 * existing membership or collaboration), and how many collaborations are created or changed.
	 */
	record Counts(int rows, int refused, int unchanged, int rowsChanging, int membershipsAdded,
			int collaborationsCreated, int collaborationsChanged) {
	}

	private final CollaborationRepository collaborations;

	private final ForceRepository forces;

	private final FunctionRepository functions;

	private final RegisterLookup lookup;

	private final RegisterImport imports;

	private final JsonMapper json;

	SpreadsheetImport(CollaborationRepository collaborations, ForceRepository forces, FunctionRepository functions,
			RegisterLookup lookup, RegisterImport imports, JsonMapper json) {
		this.collaborations = collaborations;
		this.forces = forces;
		this.functions = functions;
		this.lookup = lookup;
		this.imports = imports;
		this.json = json;
	}

	Mono<Answer> run(Sheet sheet, Columns columns, boolean dryRun, String sha256) {
		boolean byName = sheet.rows().stream().anyMatch(row -> columns.cell(row, Field.collaboration) == null);
		// rows naming a collaboration by name alone are matched against all of them; otherwise only those named
		Mono<Map<String, Collaboration>> named = (byName ? collaborations.all()
				: collaborations.findAll(List.copyOf(SheetPlan.named(sheet, columns))))
			.collectMap(Collaboration::id, Function.identity());
		return Mono.zip(Grants.current(), forces.all().collectList(), functions.all().collectList(), named)
			.flatMap(read -> {
				var register = new SheetPlan.Register(read.getT2(), read.getT3(), read.getT4());
				SheetPlan plan = new SheetPlan(sheet, columns, read.getT1(), register, json);
				RegisterDocument doc = document(plan.changed());
				return lookup.existing(doc).map(known -> {
					plan.check(known);
					return plan;
				}).flatMap(checked -> {
					List<SheetPlan.RowOutcome> rows = checked.outcomes();
					Answer answer = new Answer(dryRun, false, sha256, sheet.headers(), headers(columns), counts(rows), rows);
					if (dryRun) {
						return Mono.just(answer);
					}
					refuseIfAnyRowIs(rows);
					if (doc.collaborations().isEmpty()) {
						return Mono.just(answer); // nothing to write, and nothing to audit
					}
					return imports.merge(doc, sha256).thenReturn(new Answer(false, true, sha256, answer.headers(),
							answer.columns(), answer.counts(), rows));
				});
			});
	}

	private static RegisterDocument document(List<Collaboration> changed) {
		return new RegisterDocument(List.of(), List.of(), changed, List.of(), List.of());
	}

	private static void refuseIfAnyRowIs(List<SheetPlan.RowOutcome> rows) {
		List<FieldError> errors = new ArrayList<>();
		boolean rights = false;
		for (SheetPlan.RowOutcome row : rows) {
			for (SheetPlan.Problem problem : row.problems()) {
				errors.add(new FieldError("rows[" + row.row() + "]." + problem.field(), problem.reason()));
				rights |= problem.rights();
			}
		}
		if (errors.isEmpty()) {
			return;
		}
		if (rights) {
			throw new ForbiddenException(errors);
		}
		throw new InvalidInputException(errors);
	}

	private static Map<String, String> headers(Columns columns) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (Field field : Field.values()) {
			if (columns.has(field)) {
				headers.put(field.name(), columns.header(field));
			}
		}
		return headers;
	}

	private static Counts counts(List<SheetPlan.RowOutcome> rows) {
		int refused = 0;
		int created = 0;
		int changed = 0;
		int added = 0;
		int membershipChanged = 0;
		int unchanged = 0;
		java.util.Set<String> changedCollaborations = new java.util.HashSet<>();
		for (SheetPlan.RowOutcome row : rows) {
			switch (row.action()) {
				case "refused" -> refused++;
				case "create collaboration" -> {
					created++;
					added++;
				}
				case "add to new collaboration" -> added++;
				case "add membership" -> {
					added++;
					changedCollaborations.add(row.collaboration());
				}
				case "change" -> {
					membershipChanged++;
					changedCollaborations.add(row.collaboration());
				}
				default -> unchanged++;
			}
		}
		changed = changedCollaborations.size();
		return new Counts(rows.size(), refused, unchanged, membershipChanged, added, created, changed);
	}
}
