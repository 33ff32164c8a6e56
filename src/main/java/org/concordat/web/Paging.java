package org.concordat.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;

/** {@code limit} (default 1,000) and {@code offset} of a list endpoint, checked; the total travels in X-Total-Count. */
public record Paging(int limit, int offset) {

	public static final int MAX_LIMIT = 10_000;

	public static Paging of(Integer limit, Integer offset) {
		List<FieldError> errors = new ArrayList<>();
		int l = limit == null ? 1_000 : limit;
		int o = offset == null ? 0 : offset;
		if (l < 1 || l > MAX_LIMIT) {
			errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIMIT));
		}
		if (o < 0) {
			errors.add(new FieldError("offset", "must not be negative"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new Paging(l, o);
	}

	public static <T> ResponseEntity<List<T>> page(long total, List<T> items) {
		return ResponseEntity.ok().header("X-Total-Count", Long.toString(total)).body(items);
	}
}
