package org.concordat.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.concordat.web.FieldError;
import org.concordat.web.InvalidInputException;

/**
 * Which column of a sheet holds which field of a row. A row is one force's membership of one collaboration:
 * the collaboration (its id, or its name, or both; name, kind, scope, status, started and ended describe a new
 * one), the force (its id or its name), and the membership's role, joined, left, cost share and the
 * collaboration's functions. The client may name a column for any field ({@code column.force=Force name}); the
 * fields it leaves out are found by their headers ({@link #SYNONYMS}: "Force", "Force name", "Member"…, compared
 * without case, spaces or punctuation); a field with no column is left as the register has it.
 */
record Columns(Map<Field, Integer> columns, Map<Field, String> headers) {

	/** The fields a row may hold, named as the register names them. */
	enum Field {
		collaboration, name, kind, scope, status, started, ended, force, role, joined, left, costShare, functions;

		String parameter() {
			return "column." + name();
		}
	}

	/** Header names each field is found by when the client names no column for it (normalised: a–z and 0–9). */
	static final Map<Field, Set<String>> SYNONYMS = synonyms();

	private static Map<Field, Set<String>> synonyms() {
		Map<Field, Set<String>> s = new LinkedHashMap<>();
		s.put(Field.collaboration, Set.of("collaboration", "collaborationid", "collabid", "id"));
		s.put(Field.name, Set.of("name", "collaborationname", "title", "agreement", "agreementname"));
		s.put(Field.kind, Set.of("kind", "type", "collaborationkind", "collaborationtype"));
		s.put(Field.scope, Set.of("scope"));
		s.put(Field.status, Set.of("status"));
		s.put(Field.started, Set.of("started", "start", "startdate", "collaborationstarted"));
		s.put(Field.ended, Set.of("ended", "end", "enddate", "collaborationended"));
		s.put(Field.force, Set.of("force", "forceid", "forcename", "member", "memberforce", "partner"));
		s.put(Field.role, Set.of("role", "memberrole", "forcerole"));
		s.put(Field.joined, Set.of("joined", "datejoined", "joineddate", "memberfrom", "from"));
		s.put(Field.left, Set.of("left", "dateleft", "leftdate", "withdrawn", "withdrawal", "until", "to"));
		s.put(Field.costShare, Set.of("costshare", "share", "costsharepercent", "contribution"));
		s.put(Field.functions, Set.of("functions", "function", "policingfunction", "policingfunctions"));
		return s;
	}

	/**
	 * The columns of a sheet with these headers.
	 * @param named what the client named ({@code Field → header}), by the request's {@code column.*} parameters
	 */
	static Columns of(List<String> sheetHeaders, Map<String, String> named) {
		List<FieldError> errors = new ArrayList<>();
		Map<Field, Integer> columns = new LinkedHashMap<>();
		Map<Field, String> headers = new LinkedHashMap<>();
		named.forEach((parameter, header) -> {
			Field field = field(parameter);
			if (field == null) {
				errors.add(new FieldError(parameter, "is not a field of a row: one of " + parameters()));
				return;
			}
			if (header == null || header.isBlank()) {
				return; // named as none: left as the register has it
			}
			int column = indexOf(sheetHeaders, header);
			if (column < 0) {
				errors.add(new FieldError(parameter, "no column is headed '" + header + "'; the sheet's columns are "
						+ sheetHeaders));
				return;
			}
			columns.put(field, column);
			headers.put(field, sheetHeaders.get(column));
		});
		for (Field field : Field.values()) {
			if (named.containsKey(field.parameter())) {
				continue;
			}
			for (int c = 0; c < sheetHeaders.size(); c++) {
				if (SYNONYMS.get(field).contains(normal(sheetHeaders.get(c))) && !columns.containsValue(c)) {
					columns.put(field, c);
					headers.put(field, sheetHeaders.get(c));
					break;
				}
			}
		}
		if (!columns.containsKey(Field.force) && !named.containsKey(Field.force.parameter())) {
			errors.add(new FieldError(Field.force.parameter(), "no column holds the force; name one of "
					+ sheetHeaders));
		}
		if (!columns.containsKey(Field.collaboration) && !columns.containsKey(Field.name)
				&& !named.containsKey(Field.collaboration.parameter()) && !named.containsKey(Field.name.parameter())) {
			errors.add(new FieldError(Field.collaboration.parameter(),
					"no column holds the collaboration's id or name; name one of " + sheetHeaders));
		}
		if (!errors.isEmpty()) {
			// the sheet's headers go with the refusal, so that the page can offer them for the column it must name
			throw new InvalidInputException(errors, Map.of("headers", sheetHeaders));
		}
		return new Columns(Map.copyOf(columns), Map.copyOf(headers));
	}

	/** The field a {@code column.*} parameter names, or null. */
	static Field field(String parameter) {
		if (parameter == null || !parameter.startsWith("column.")) {
			return null;
		}
		String name = parameter.substring("column.".length());
		for (Field field : Field.values()) {
			if (field.name().equals(name)) {
				return field;
			}
		}
		return null;
	}

	static List<String> parameters() {
		return java.util.Arrays.stream(Field.values()).map(Field::parameter).toList();
	}

	String cell(Sheet.Row row, Field field) {
		Integer column = columns.get(field);
		return column == null ? null : row.cell(column);
	}

	boolean has(Field field) {
		return columns.containsKey(field);
	}

	/** The header of the column that holds {@code field}, as the sheet spells it. */
	String header(Field field) {
		return headers.get(field);
	}

	private static int indexOf(List<String> headers, String header) {
		for (int c = 0; c < headers.size(); c++) {
			if (headers.get(c).equals(header.strip())) {
				return c;
			}
		}
		for (int c = 0; c < headers.size(); c++) {
			if (normal(headers.get(c)).equals(normal(header)) && !normal(header).isEmpty()) {
				return c;
			}
		}
		return -1;
	}

	static String normal(String header) {
		return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}
}
