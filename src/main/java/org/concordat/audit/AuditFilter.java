package org.concordat.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.concordat.web.FieldError;
import org.concordat.web.InvalidInputException;

/**
 * The questions {@code GET /api/audit} takes, checked: {@code entity} as {@code kind:id}, {@code by} a
 * principal's name, {@code from} and {@code to} as dates ({@code YYYY-MM-DD}, whole days in UTC) or ISO-8601
 * instants with an offset ({@code 2026-03-01T09:30:00Z}), both inclusive.
 *
 * @param from the first instant wanted, or null
 * @param until the first instant no longer wanted (exclusive), or null
 */
public record AuditFilter(String entity, String by, Instant from, Instant until) {

	/** The kinds an entity in the audit may be: the register's five, and local accounts. */
	public static final Set<String> KINDS = Set.of("function", "force", "collaboration", "person", "lesson",
			"account");

	private static final Pattern ENTITY = Pattern.compile("([a-z]+):(\\S{1,200})");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	/** The kind of {@link #entity}, or null. */
	String kind() {
		return entity == null ? null : entity.substring(0, entity.indexOf(':'));
	}

	/** The id of {@link #entity}, or null. */
	String id() {
		return entity == null ? null : entity.substring(entity.indexOf(':') + 1);
	}

	static AuditFilter of(String entity, String by, String from, String to) {
		List<FieldError> errors = new ArrayList<>();
		if (entity != null) {
			var m = ENTITY.matcher(entity);
			if (!m.matches() || !KINDS.contains(m.group(1))) {
				errors.add(new FieldError("entity", "must be KIND:ID with KIND one of " + KINDS.stream().sorted().toList()
						+ ", e.g. force:kent"));
			}
		}
		if (by != null && (by.isBlank() || by.length() > 200)) {
			errors.add(new FieldError("by", "must be a principal's name, 1 to 200 characters"));
		}
		Instant start = from == null ? null : instant(from, false, "from", errors);
		Instant until = to == null ? null : instant(to, true, "to", errors);
		if (start != null && until != null && !start.isBefore(until)) {
			errors.add(new FieldError("to", "must not be before from"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new AuditFilter(entity, by, start, until);
	}

	/** A date is its first instant (from) or the first instant of the next day (to); an instant, itself. */
	private static Instant instant(String text, boolean end, String field, List<FieldError> errors) {
		try {
			if (DATE.matcher(text).matches()) {
				LocalDate day = LocalDate.parse(text);
				return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			Instant at = OffsetDateTime.parse(text).toInstant();
			return end ? at.plusNanos(1) : at;
		}
		catch (DateTimeParseException e) {
			errors.add(new FieldError(field, "must be a date as YYYY-MM-DD or an instant as 2026-03-01T09:30:00Z"));
			return null;
		}
	}
}
