package org.concordat.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.CollaborationRules;
import org.concordat.collaboration.Membership;
import org.concordat.entity.Checks;
import org.concordat.entity.KnownIds;
import org.concordat.entity.PartialDate;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.interchange.Columns.Field;
import org.concordat.register.EditRights;
import org.concordat.security.Grants;
import org.concordat.web.FieldError;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a sheet would do to the register, row by row: each row is one force's membership of one collaboration,
 * merged into what the register holds (nothing is deleted). A row names a collaboration by id, or by name (the
 * register's collaboration of that name, else a new one with an id made from the name); a force by id or name.
 * Its membership is the force's membership joined on the row's date, or, with no date given, the force's latest
 * one; a new membership otherwise. Cells left empty leave the register's values as they are.
 *
 * <p>Each row's problems name its field and column: cells that name nothing or are not values of their kind;
 * the edit rights of the one who sends it ({@link EditRights#whyNot}, the rule every write keeps: an editor
 * changes what belongs to its forces), judged row by row against the register as it is; and the register's rules
 * ({@link CollaborationRules}, as every import is checked) on each collaboration as the whole sheet would leave it.
 */
final class SheetPlan {

	/** One row's outcome: what it would do, and why it is refused (no problems: accepted). */
	record RowOutcome(int row, String collaboration, String force, String action, List<String> changes,
			List<Problem> problems) {
	}

	/** A problem with a row: the field (as in {@code column.*}), the column it came from, and the reason. */
	record Problem(String field, String column, String reason, boolean rights) {
	}

	/** What the sheet names, read before the plan: the register's forces, functions and those collaborations. */
	record Register(List<Force> forces, List<PolicingFunction> functions, Map<String, Collaboration> collaborations) {
	}

	private static final Pattern SLUG_CUT = Pattern.compile("[^a-z0-9]+");

	private static final Pattern PERCENT = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%\\s*$");

	private final Sheet sheet;

	private final Columns columns;

	private final Grants grants;

	private final Register register;

	private final JsonMapper json;

	/** Each row as read, in order. */
	private final List<RowInput> inputs = new ArrayList<>();

	/** The collaborations the sheet touches, by id, as the whole sheet would leave them. */
	private final Map<String, Draft> drafts = new LinkedHashMap<>();

	SheetPlan(Sheet sheet, Columns columns, Grants grants, Register register, JsonMapper json) {
		this.sheet = sheet;
		this.columns = columns;
		this.grants = grants;
		this.register = register;
		this.json = json;
		read();
		apply();
	}

	/** A row's cells as values, with the problems met reading them. */
	private static final class RowInput {

		final Sheet.Row row;

		String collaboration;

		String force;

		Double costShare;

		List<String> functions = List.of();

		final Map<Field, String> given = new LinkedHashMap<>();

		final List<Problem> problems = new ArrayList<>();

		String action = "unchanged";

		final List<String> changes = new ArrayList<>();

		/** The key (force, joined) of the membership it writes, once applied. */
		Membership membership;

		RowInput(Sheet.Row row) {
			this.row = row;
		}
	}

	/** A collaboration as the sheet would leave it; {@code before} is null for a new one. */
	private static final class Draft {

		final Collaboration before;

		Map<String, Object> fields;

		List<Membership> members;

		final List<RowInput> rows = new ArrayList<>();

		Draft(Collaboration before, Map<String, Object> fields, List<Membership> members) {
			this.before = before;
			this.fields = fields;
			this.members = members;
		}
	}

	// ---- reading each row

	private void read() {
		Map<String, String> forceIds = new HashMap<>();
		for (Force f : register.forces()) {
			forceIds.put(f.id().toLowerCase(Locale.ROOT), f.id());
			if (f.name() != null) {
				forceIds.putIfAbsent(f.name().toLowerCase(Locale.ROOT), f.id());
			}
		}
		Map<String, String> functionIds = new HashMap<>();
		for (PolicingFunction f : register.functions()) {
			functionIds.put(f.id().toLowerCase(Locale.ROOT), f.id());
			if (f.name() != null) {
				functionIds.putIfAbsent(f.name().toLowerCase(Locale.ROOT), f.id());
			}
		}
		Map<String, String> byName = new HashMap<>();
		register.collaborations().values().forEach(c -> byName.putIfAbsent(c.name().toLowerCase(Locale.ROOT), c.id()));
		for (Sheet.Row row : sheet.rows()) {
			RowInput in = new RowInput(row);
			for (Field field : Field.values()) {
				String cell = columns.cell(row, field);
				if (cell != null) {
					in.given.put(field, cell);
				}
			}
			String force = in.given.get(Field.force);
			if (force == null) {
				problem(in, Field.force, "is empty: each row is one force's membership");
			}
			else {
				in.force = forceIds.get(force.toLowerCase(Locale.ROOT));
				if (in.force == null) {
					problem(in, Field.force, "no force has the id or name '" + force + "'");
				}
			}
			String id = in.given.get(Field.collaboration);
			String name = in.given.get(Field.name);
			if (id != null) {
				in.collaboration = id;
			}
			else if (name != null) {
				in.collaboration = byName.getOrDefault(name.toLowerCase(Locale.ROOT), slug(name));
			}
			else {
				problem(in, columns.has(Field.collaboration) ? Field.collaboration : Field.name,
						"is empty: name the collaboration by its id or its name");
			}
			lowerCase(in, Field.role, CollaborationRules.ROLES);
			lowerCase(in, Field.scope, CollaborationRules.SCOPES);
			lowerCase(in, Field.status, CollaborationRules.STATUSES);
			for (Field date : List.of(Field.joined, Field.left, Field.started, Field.ended)) {
				String value = in.given.get(date);
				if (value != null && !PartialDate.isValid(value)) {
					problem(in, date, "'" + value + "' is not a date: YYYY, YYYY-MM or YYYY-MM-DD");
				}
			}
			String share = in.given.get(Field.costShare);
			if (share != null) {
				in.costShare = share(share);
				if (in.costShare == null) {
					problem(in, Field.costShare, "'" + share + "' is not a share: a fraction (0.25) or a percentage (25%)");
				}
			}
			String functions = in.given.get(Field.functions);
			if (functions != null) {
				List<String> ids = new ArrayList<>();
				for (String f : functions.split("[;,]")) {
					if (f.isBlank()) {
						continue;
					}
					String known = functionIds.get(f.strip().toLowerCase(Locale.ROOT));
					if (known == null) {
						problem(in, Field.functions, "no function has the id or name '" + f.strip() + "'");
					}
					else if (!ids.contains(known)) {
						ids.add(known);
					}
				}
				in.functions = ids;
			}
			inputs.add(in);
		}
	}

	/** A value of a closed list, as the register writes it (lower case); a problem when it is none of them. */
	private void lowerCase(RowInput in, Field field, Set<String> allowed) {
		String value = in.given.get(field);
		if (value == null) {
			return;
		}
		String lower = value.toLowerCase(Locale.ROOT);
		in.given.put(field, lower);
		if (!allowed.contains(lower)) {
			problem(in, field, "'" + value + "' is not one of " + allowed.stream().sorted().toList());
		}
	}

	/** A fraction (0.25) or a percentage (25%), or null when it is neither. */
	static Double share(String text) {
		Matcher percent = PERCENT.matcher(text);
		try {
			if (percent.matches()) {
				return new BigDecimal(percent.group(1)).movePointLeft(2).doubleValue();
			}
			double value = Double.parseDouble(text.strip());
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** An id from a name, as the register's ids are written: lower case, words joined by hyphens. */
	static String slug(String name) {
		String slug = SLUG_CUT.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
		return slug.length() > Checks.MAX_ID ? slug.substring(0, Checks.MAX_ID).replaceAll("-+$", "") : slug;
	}

	// ---- applying the rows

	private void apply() {
		for (RowInput in : inputs) {
			if (in.collaboration == null || in.force == null || !in.problems.isEmpty()) {
				in.action = "refused";
				continue;
			}
			Draft draft = drafts.computeIfAbsent(in.collaboration, this::draft);
			draft.rows.add(in);
			Draft alone = draft(in.collaboration);
			// what this row alone would change, from the register as it is: what its rights are judged on
			applyRow(alone, in, new ArrayList<>(), true);
			applyRow(draft, in, in.changes, false);
			if (draft.before == null) {
				continue; // judged on the whole new collaboration, below
			}
			String reason = EditRights.whyNot(grants, collaboration(alone), draft.before);
			if (reason != null) {
				in.problems.add(new Problem(Field.force.name(), columns.header(Field.force), reason, true));
			}
		}
		for (Draft draft : drafts.values()) {
			if (draft.before == null) {
				String reason = EditRights.whyNot(grants, collaboration(draft), null);
				if (reason != null) {
					draft.rows.forEach(in -> in.problems.add(new Problem(Field.role.name(), columns.header(Field.role),
							reason, true)));
				}
			}
		}
	}

	private Draft draft(String id) {
		Collaboration before = register.collaborations().get(id);
		Map<String, Object> fields = new LinkedHashMap<>();
		if (before != null) {
			@SuppressWarnings("unchecked")
			Map<String, Object> map = json.convertValue(before, Map.class);
			fields.putAll(map);
			fields.remove("hostForce");
			return new Draft(before, fields, new ArrayList<>(before.members()));
		}
		fields.put("id", id);
		return new Draft(null, fields, new ArrayList<>());
	}

	/** Applies the row to the draft, describing each change; {@code quiet}: for judging rights only. */
	private void applyRow(Draft draft, RowInput in, List<String> changes, boolean quiet) {
		boolean created = draft.before == null && draft.rows.indexOf(in) <= 0;
		for (Field field : List.of(Field.name, Field.kind, Field.scope, Field.status, Field.started, Field.ended)) {
			String value = in.given.get(field);
			Object now = draft.fields.get(field.name());
			if (value == null || value.equals(now)) {
				continue;
			}
			if (draft.before == null && now != null) {
				if (!quiet) {
					in.problems.add(new Problem(field.name(), columns.header(field), "'" + value + "' differs from '"
							+ now + "', given for this new collaboration by an earlier row", false));
				}
				continue;
			}
			if (draft.before != null) {
				changes.add(field.name() + " " + (now == null ? "(none)" : "'" + now + "'") + " → '" + value + "'");
			}
			draft.fields.put(field.name(), value);
		}
		if (created && !quiet) {
			changes.add("new collaboration '" + draft.fields.get("id") + "'");
		}
		@SuppressWarnings("unchecked")
		List<String> functions = new ArrayList<>((List<String>) draft.fields.getOrDefault("functions", List.of()));
		for (String f : in.functions) {
			if (!functions.contains(f)) {
				functions.add(f);
				if (!created) {
					changes.add("function " + f + " added");
				}
			}
		}
		draft.fields.put("functions", functions);
		String joined = in.given.get(Field.joined);
		int index = membership(draft.members, in.force, joined);
		Membership before = index < 0 ? null : draft.members.get(index);
		String role = in.given.getOrDefault(Field.role, before == null ? null : before.role());
		String left = in.given.getOrDefault(Field.left, before == null ? null : before.left());
		Double share = in.costShare != null ? in.costShare : before == null ? null : before.costShare();
		// a left date given makes the register's "left on a date not known" moot; otherwise it stays as it was
		Boolean leftDateUnknown = before == null || in.given.containsKey(Field.left) ? null : before.leftDateUnknown();
		Membership after = new Membership(in.force, before == null ? joined : before.joined(), left, role, share,
				before == null ? null : before.confidence(), leftDateUnknown);
		if (!quiet) {
			for (RowInput earlier : draft.rows) {
				if (earlier != in && earlier.membership != null && earlier.membership.force().equals(after.force())
						&& Objects.equals(earlier.membership.joined(), after.joined())) {
					in.problems.add(new Problem(Field.force.name(), columns.header(Field.force),
							"the same membership as row " + earlier.row.number() + " (" + in.force
									+ (after.joined() == null ? "" : " joined " + after.joined()) + ")", false));
				}
			}
			in.membership = after;
		}
		if (before == null) {
			draft.members.add(after);
			if (!quiet) {
				changes.add(in.force + " joins" + (joined == null ? "" : " " + joined)
						+ (role == null ? "" : " as " + role) + (share == null ? "" : ", cost share " + share)
						+ (left == null ? "" : ", left " + left));
			}
		}
		else if (!after.equals(before)) {
			draft.members.set(index, after);
			if (!quiet) {
				describe(changes, in.force, "role", before.role(), after.role());
				describe(changes, in.force, "left", before.left(), after.left());
				describe(changes, in.force, "cost share", before.costShare(), after.costShare());
			}
		}
		if (!quiet) {
			in.action = draft.before == null ? (created ? "create collaboration" : "add to new collaboration")
					: before == null ? "add membership" : changes.isEmpty() ? "unchanged" : "change";
		}
	}

	private static void describe(List<String> changes, String force, String what, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(force + " " + what + " " + (before == null ? "(none)" : before) + " → "
					+ (after == null ? "(none)" : after));
		}
	}

	/** The force's membership joined on that date, or with no date its latest one; -1 for none. */
	private static int membership(List<Membership> members, String force, String joined) {
		int latest = -1;
		for (int i = 0; i < members.size(); i++) {
			Membership m = members.get(i);
			if (m == null || !force.equals(m.force())) {
				continue;
			}
			if (joined != null) {
				if (joined.equals(m.joined()) || PartialDate.isValid(joined) && PartialDate.isValid(m.joined())
						&& Objects.equals(PartialDate.firstDay(joined), PartialDate.firstDay(m.joined()))) {
					return i;
				}
				continue;
			}
			Comparator<Membership> byJoined = Comparator.comparing((Membership x) -> PartialDate.isValid(x.joined())
					? PartialDate.firstDay(x.joined()) : null, Comparator.nullsFirst(Comparator.naturalOrder()));
			if (latest < 0 || byJoined.compare(m, members.get(latest)) > 0) {
				latest = i;
			}
		}
		return joined == null ? latest : -1;
	}

	private Collaboration collaboration(Draft draft) {
		Map<String, Object> fields = new LinkedHashMap<>(draft.fields);
		fields.put("members", draft.members);
		return json.convertValue(fields, Collaboration.class);
	}

	// ---- the register's rules on the result

	/** The collaborations the sheet changes, as it would leave them (those it leaves as they are, left out). */
	List<Collaboration> changed() {
		List<Collaboration> changed = new ArrayList<>();
		for (Draft draft : drafts.values()) {
			Collaboration after = collaboration(draft);
			if (draft.before == null || !after.sorted().equals(draft.before.sorted())) {
				changed.add(after);
			}
		}
		return changed;
	}

	/** Checks each collaboration the sheet changes by the register's rules; each error goes to the rows it comes from. */
	void check(KnownIds known) {
		for (Draft draft : drafts.values()) {
			Collaboration after = collaboration(draft);
			if (draft.before != null && after.sorted().equals(draft.before.sorted())) {
				continue;
			}
			Checks checks = new Checks();
			CollaborationRules.check(after, "", known, checks);
			List<FieldError> errors = new ArrayList<>(checks.errors());
			errors.addAll(checks.conflicts());
			for (FieldError error : errors) {
				attribute(draft, after, error);
			}
		}
	}

	private void attribute(Draft draft, Collaboration after, FieldError error) {
		String field = error.field();
		Matcher member = Pattern.compile("^members\\[(\\d+)](?:\\.(\\w+))?").matcher(field);
		if (member.find()) {
			Membership m = after.members().get(Integer.parseInt(member.group(1)));
			String part = member.group(2) == null ? "force" : member.group(2);
			Field column = fieldNamed(part, Field.force);
			List<RowInput> owners = draft.rows.stream().filter(in -> in.membership != null && m != null
					&& in.membership.force().equals(m.force()) && Objects.equals(in.membership.joined(), m.joined()))
				.toList();
			(owners.isEmpty() ? draft.rows : owners).forEach(in -> add(in, column, error.reason()));
			return;
		}
		if (field.startsWith("members")) {
			Field column = error.reason().contains("host") ? Field.role : Field.costShare;
			draft.rows.forEach(in -> add(in, column, error.reason()));
			return;
		}
		String base = field.replaceAll("[\\[.].*$", "");
		Field column = fieldNamed(base, base.equals("id") ? Field.collaboration : Field.name);
		List<RowInput> givers = draft.rows.stream().filter(in -> in.given.containsKey(column)).toList();
		(givers.isEmpty() ? draft.rows : givers).forEach(in -> add(in, column, error.reason()
				+ (givers.isEmpty() && draft.before == null ? " (a new collaboration needs its " + base + ")" : "")));
	}

	private void add(RowInput in, Field field, String reason) {
		boolean known = in.problems.stream().anyMatch(p -> p.field().equals(field.name()) && p.reason().equals(reason));
		if (!known) {
			in.problems.add(new Problem(field.name(), columns.header(field), reason, false));
		}
	}

	private static Field fieldNamed(String name, Field otherwise) {
		for (Field f : Field.values()) {
			if (f.name().equals(name)) {
				return f;
			}
		}
		return otherwise;
	}

	// ---- the outcome

	List<RowOutcome> outcomes() {
		List<RowOutcome> outcomes = new ArrayList<>();
		for (RowInput in : inputs) {
			String action = in.problems.isEmpty() ? in.action : "refused";
			outcomes.add(new RowOutcome(in.row.number(), in.collaboration, in.force, action, List.copyOf(in.changes),
					List.copyOf(in.problems)));
		}
		return outcomes;
	}

	/** The ids of the collaborations the sheet names, found by id or name. */
	static Set<String> named(Sheet sheet, Columns columns) {
		Set<String> ids = new LinkedHashSet<>();
		for (Sheet.Row row : sheet.rows()) {
			String id = columns.cell(row, Field.collaboration);
			if (id != null) {
				ids.add(id);
			}
		}
		return ids;
	}

	private void problem(RowInput in, Field field, String reason) {
		in.problems.add(new Problem(field.name(), columns.header(field), reason, false));
	}
}
