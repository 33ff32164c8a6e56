package org.concordat.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;

/** {@code limit} (default 1,000) and {@code offset} of a list endpoint, checked; the total travels in X-Total-Count. */
public record Paging(int limit, int offset) {

	public static final int MAX_LIMIT = 10_000;

	/** Far past the end of any list (the national register holds 213,000 memberships), and far from overflow. */
	public static final int MAX_OFFSET = 100_000_000;

	public static Paging of(Integer limit, Integer offset) {
		List<FieldError> errors = new ArrayList<>();
		int l = limit == null ? 1_000 : limit;
		int o = offset == null ? 0 : offset;
		if (l < 1 || l > MAX_LIMIT) {
			errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIMIT));
		}
		if (o < 0 || o > MAX_OFFSET) {
			errors.add(new FieldError("offset", "must be between 0 and " + MAX_OFFSET));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new Paging(l, o);
	}

	/** This page of a list held in memory. */
	public <T> List<T> of(List<T> all) {
		int from = Math.min(offset, all.size());
		return all.subList(from, from + Math.min(limit, all.size() - from));
	}

	public static <T> ResponseEntity<List<T>> page(long total, List<T> items) {
		return ResponseEntity.ok().header("X-Total-Count", Long.toString(total)).body(items);
	}
}
