package org.concordat.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.concordat.web.FieldError;

/** Collects what is wrong with one piece of input, each error under its JSON path. */
public final class Checks {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public static final Set<String> CONFIDENCE = Set.of("confirmed", "approximate", "unconfirmed");

	private final List<FieldError> errors = new ArrayList<>();

	private final List<FieldError> conflicts = new ArrayList<>();

	public void add(String field, String reason) {
		errors.add(new FieldError(field, reason));
	}

	public void conflict(String field, String reason) {
		conflicts.add(new FieldError(field, reason));
	}

	public boolean text(String field, String value) {
		if (value == null || value.isBlank()) {
			add(field, "must not be empty");
			return false;
		}
		return true;
	}

	public void slug(String field, String value) {
		if (text(field, value) && !SLUG.matcher(value).matches()) {
			add(field, "must be a lower-case slug such as 'north-wales' (letters, digits and single hyphens)");
		}
	}

	public void oneOf(String field, String value, Set<String> allowed, boolean required) {
		if (value == null) {
			if (required) {
				add(field, "must be one of " + sorted(allowed));
			}
		}
		else if (!allowed.contains(value)) {
			add(field, "'" + value + "' is not one of " + sorted(allowed));
		}
	}

	/** Checks a partial date; answers its first day, or null when absent or malformed. */
	public LocalDate date(String field, String value) {
		if (value != null && !PartialDate.isValid(value)) {
			add(field, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD, was '" + value + "'");
		}
		return PartialDate.firstDay(value);
	}

	public void notBefore(String field, LocalDate later, LocalDate earlier, String earlierName) {
		if (later != null && earlier != null && later.isBefore(earlier)) {
			add(field, "must not be before " + earlierName);
		}
	}

	public void between(String field, Double value, double min, double max) {
		if (value != null && (value.isNaN() || value < min || value > max)) {
			add(field, "must be between " + min + " and " + max + ", was " + value);
		}
	}

	public List<FieldError> errors() {
		return errors;
	}

	public List<FieldError> conflicts() {
		return conflicts;
	}

	private static List<String> sorted(Set<String> values) {
		return values.stream().sorted().toList();
	}
}
