package org.concordat.analytics;

import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

import org.concordat.analytics.snapshot.SnapshotState;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.lessons.Lesson;
import org.concordat.entity.PartialDate;
import org.concordat.web.InvalidInputException;
import org.concordat.web.NotFoundException;
import org.concordat.web.Paging;

/** Turns request parameters into snapshot indexes, refusing what names nothing (404) or makes no sense (400). */
public final class AnalyticsParameters {

	private final SnapshotState state;

	private final RegisterSnapshot snapshot;

	/** The parameters of a request answered from {@code state}, the snapshot current when it came in. */
	public AnalyticsParameters(SnapshotState state) {
		this.state = state;
		this.snapshot = state.snapshot();
	}

	public SnapshotStamp stamp() {
		return SnapshotStamp.of(state);
	}

	public AsOf asOf(String at, boolean includeNational) {
		return new AsOf(snapshot, PartialDate.at(at, "at"), includeNational, stamp());
	}

	public int force(String id, boolean required) {
		return index("force", id, required, snapshot::force);
	}

	public int collaboration(String id, boolean required) {
		return index("collaboration", id, required, snapshot::collab);
	}

	/** The index of {@code id}, a {@code kind}, by {@code lookup}: -1 when none is given and none is required. */
	private static int index(String kind, String id, boolean required, ToIntFunction<String> lookup) {
		if (id == null || id.isBlank()) {
			if (required) {
				throw new InvalidInputException(kind, "is required");
			}
			return -1;
		}
		int found = lookup.applyAsInt(id);
		if (found < 0) {
			throw new NotFoundException(kind, kind, id);
		}
		return found;
	}

	public int function(String id) {
		if (id == null || id.isBlank()) {
			return -1;
		}
		int fn = snapshot.function(id);
		if (fn < 0) {
			throw new InvalidInputException("function", "unknown function '" + id + "'");
		}
		return fn;
	}

	public String region(String region) {
		if (region == null || region.isBlank()) {
			return null;
		}
		if (IntStream.range(0, snapshot.forceCount()).noneMatch(f -> region.equalsIgnoreCase(snapshot.region(f)))) {
			throw new InvalidInputException("region", "no force is in region '" + region + "'");
		}
		return region;
	}

	public String topic(String topic) {
		if (topic == null || topic.isBlank()) {
			throw new InvalidInputException("topic", "is required: a function id or a lesson theme");
		}
		if (snapshot.function(topic) < 0 && !Lesson.THEMES.contains(topic)) {
			throw new InvalidInputException("topic", "'" + topic + "' is neither a function nor a lesson theme "
					+ Lesson.THEMES.stream().sorted().toList());
		}
		return topic;
	}

	public static int limit(String name, Integer value, int fallback, int max) {
		int limit = value == null ? fallback : value;
		if (limit < 1 || limit > max) {
			throw new InvalidInputException(name, "must be between 1 and " + max);
		}
		return limit;
	}

	public static int offset(Integer value) {
		if (value != null && (value < 0 || value > Paging.MAX_OFFSET)) {
			throw new InvalidInputException("offset", "must be between 0 and " + Paging.MAX_OFFSET);
		}
		return value == null ? 0 : value;
	}

	public static String oneOf(String name, String value, String fallback, Set<String> allowed) {
		String chosen = value == null ? fallback : value;
		if (!allowed.contains(chosen)) {
			throw new InvalidInputException(name, "must be one of " + allowed.stream().sorted().toList());
		}
		return chosen;
	}
}
