package org.concordat.entity;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.concordat.web.FieldError;

/** Collects what is wrong with one piece of input, each error under its JSON path. */
public final class Checks {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** Ids and names are indexed, and an index entry holds at most 8 kB: far more than any id or name needs. */
	public static final int MAX_ID = 100;

	public static final int MAX_NAME = 500;

	public static final Set<String> CONFIDENCE = Set.of("confirmed", "approximate", "unconfirmed");

	private final List<FieldError> errors = new ArrayList<>();

	private final List<FieldError> conflicts = new ArrayList<>();

	public void add(String field, String reason) {
		errors.add(new FieldError(field, reason));
	}

	public void conflict(String field, String reason) {
		conflicts.add(new FieldError(field, reason));
	}

	/**
	 * A required one-line text such as a name: present, with at least one visible character (a letter, digit,
	 * punctuation mark or symbol: a NUL or a zero-width space alone is not a name), and no control character.
	 */
	public boolean text(String field, String value) {
		if (value == null || value.isBlank()) {
			add(field, "must not be empty");
			return false;
		}
		if (value.length() > MAX_NAME) {
			add(field, "must be at most " + MAX_NAME + " characters, was " + value.length());
			return false;
		}
		if (value.codePoints().noneMatch(Checks::visible)) {
			add(field, "must have a visible character (letters, digits, punctuation or symbols)");
			return false;
		}
		if (value.chars().anyMatch(Character::isISOControl)) {
			add(field, "must be one line without control characters");
			return false;
		}
		return true;
	}

	/** A name that may be left out but, when given, is a name ({@link #text}). */
	public void optionalText(String field, String value) {
		if (value != null) {
			text(field, value);
		}
	}

	/**
	 * Every string anywhere in {@code value} (a record, its lists, maps and nested records): no control character
	 * but tab and line breaks, and no half of a surrogate pair, which UTF-8 cannot store (it would come back as
	 * {@code ?}). Fields are named from {@code at} by their JSON path.
	 */
	public void strings(String at, Object value) {
		switch (value) {
			case null -> {
			}
			case String text -> plain(at, text);
			case List<?> list -> {
				for (int i = 0; i < list.size(); i++) {
					strings(at + "[" + i + "]", list.get(i));
				}
			}
			case Map<?, ?> map -> map.forEach((key, item) -> {
				String field = (at.isEmpty() ? "" : at + ".") + key;
				strings(field, key);
				strings(field, item);
			});
			case Record record -> {
				for (RecordComponent component : record.getClass().getRecordComponents()) {
					strings((at.isEmpty() ? "" : at + ".") + component.getName(), read(component, record));
				}
			}
			default -> {
			}
		}
	}

	private void plain(String field, String text) {
		if (errors.stream().anyMatch(error -> error.field().equals(field))) {
			return; // refused already (a name with a control character), one reason is enough
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				add(field, String.format("must not contain the control character U+%04X", (int) c));
				return;
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				add(field, String.format("must not contain a lone surrogate (U+%04X): send valid Unicode", (int) c));
				return;
			}
		}
	}

	private static Object read(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("cannot read " + component, e);
		}
	}

	private static boolean visible(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
					Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
					Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
					Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
					Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
			default -> false;
		};
	}

	public void slug(String field, String value) {
		if (value != null && value.length() > MAX_ID) {
			add(field, "must be at most " + MAX_ID + " characters, was " + value.length());
		}
		else if (text(field, value) && !SLUG.matcher(value).matches()) {
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

	/**
	 * Checks a partial date, which must fall in the years the register covers ({@link PartialDate#FIRST_YEAR}
	 * to {@link PartialDate#LAST_YEAR}); answers its first day, or null when absent or refused.
	 */
	public LocalDate date(String field, String value) {
		if (value == null) {
			return null;
		}
		LocalDate day = PartialDate.firstDay(value);
		if (day == null) {
			add(field, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD, was '" + value + "'");
		}
		else if (!PartialDate.inRange(day)) {
			add(field, "must be between " + PartialDate.FIRST_YEAR + " and " + PartialDate.LAST_YEAR + ", was '"
					+ value + "'");
			return null;
		}
		return day;
	}

	/**
	 * {@code value} may not be certainly before {@code earliest}: at its own precision it may share the period
	 * ({@code 2008} is not before {@code 2008-06}), but no day of it may all lie before.
	 */
	public void notBeforeStart(String field, String value, String earliest, String earliestName) {
		if (value == null || earliest == null || !PartialDate.isValid(value) || !PartialDate.isValid(earliest)) {
			return; // absent, or refused already as a date
		}
		if (PartialDate.lastDay(value).isBefore(PartialDate.firstDay(earliest))) {
			add(field, "must not be before " + earliestName + " (" + earliest + "), was '" + value + "'");
		}
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
