package org.concordat.analytics.snapshot;

import java.util.List;
import java.util.Set;

/** The small, per-entity facts of the snapshot; memberships, the bulk, live in arrays instead. */
public final class Facts {

	private Facts() {
	}

	/**
	 * A collaboration as the analytics see it. {@code started}/{@code ended} are epoch days (see {@link Day}).
	 */
	public record Collab(String id, String name, String kind, String scope, String status, int started, int ended,
			Double annualCost, int[] functions, int[] dependsOn, List<FigureFact> figures) {

		public boolean national() {
			return "national".equals(scope);
		}

		/** Active at {@code day}: not proposed, started on or before it, not ended by it. */
		public boolean activeAt(int day) {
			return !"proposed".equals(status) && started <= day && ended > day;
		}
	}

	/** A recorded figure; {@code date} is an epoch day or {@link Day#NEVER_BEFORE} when undated. */
	public record FigureFact(String kind, double amount, String period, int date, String writtenDate, String force,
			String source, String note, String confidence) {
	}

	/** A person's lead or contact role for a collaboration, from {@code from} to {@code to} (epoch days). */
	public record Role(String person, String title, String rank, String force, int collab, boolean lead,
			Set<String> topics, int from, int to) {
	}

	/** A lesson learned in a collaboration. */
	public record LessonFact(String id, String title, String theme, int date, int collab, String toldBy) {
	}
}
