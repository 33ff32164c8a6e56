package org.concordat.analytics.snapshot.storage;

import java.util.List;

/** A person's lead or contact role for collaboration {@code collab}, from {@code from} to {@code to} (epoch days). */
public record Role(String person, String title, String rank, String force, int collab, boolean lead,
		List<String> topics, int from, int to) {

	Role in(int newCollab) {
		return new Role(person, title, rank, force, newCollab, lead, topics, from, to);
	}
}
