package org.concordat.generate;

import java.util.List;
import java.util.Random;

import tools.jackson.core.JsonGenerator;

/**
 * People (roles, never real names) who lead or are contacts for collaborations, and lessons learned in them.
 * Each is attached to a random collaboration and dated within its life; a person serves in the collaboration's
 * founding agency. Lessons on ended collaborations are about withdrawal half the time.
 */
final class PeopleAndLessons {

	private static final String[] TITLES = { "Task force commander", "Program manager", "Agreement coordinator",
			"Unit lead", "Finance officer", "Operations lead", "Intelligence coordinator" };

	private static final String[] RANKS = { "Lieutenant", "Captain", "Sergeant", "Chief", "Sheriff", "Director" };

	private static final List<String> THEMES = List.of("benefits-costs", "leadership-governance", "purpose",
			"skills", "withdrawal");

	private final Collaborations collabs;

	private final Agencies agencies;

	private final List<String> vocabulary;

	private final Random random;

	PeopleAndLessons(Collaborations collabs, Agencies agencies, List<String> vocabulary, Random random) {
		this.collabs = collabs;
		this.agencies = agencies;
		this.vocabulary = vocabulary;
		this.random = random;
	}

	void writePeople(int count, JsonGenerator out) {
		out.writeName("people");
		out.writeStartArray();
		for (int p = 0; p < count; p++) {
			int c = random.nextInt(collabs.ids.length);
			out.writeStartObject();
			out.writeStringProperty("id", String.format("person-%06d", p));
			out.writeStringProperty("title", TITLES[random.nextInt(TITLES.length)]);
			if (random.nextBoolean()) {
				out.writeStringProperty("rank", RANKS[random.nextInt(RANKS.length)]);
			}
			out.writeStringProperty("force", agencies.ids[collabs.firstMember[c]]);
			out.writeName("leads");
			out.writeStartArray();
			if (random.nextBoolean()) {
				writePeriod(c, out);
			}
			out.writeEndArray();
			out.writeName("contactFor");
			out.writeStartArray();
			writeContact(c, out);
			if (random.nextInt(10) < 3) {
				writeContact(random.nextInt(collabs.ids.length), out);
			}
			out.writeEndArray();
			out.writeEndObject();
		}
		out.writeEndArray();
	}

	private void writeContact(int c, JsonGenerator out) {
		out.writeStartObject();
		out.writeStringProperty("collaboration", collabs.ids[c]);
		int[] functions = collabs.functions[c];
		String topic = random.nextBoolean() ? vocabulary.get(functions[random.nextInt(functions.length)])
				: THEMES.get(random.nextInt(THEMES.size()));
		out.writeName("topics");
		out.writeArray(new String[] { topic }, 0, 1);
		writeDates(c, out);
		out.writeEndObject();
	}

	private void writePeriod(int c, JsonGenerator out) {
		out.writeStartObject();
		out.writeStringProperty("collaboration", collabs.ids[c]);
		writeDates(c, out);
		out.writeEndObject();
	}

	/** From some day of the collaboration's life; one in three roles has ended since. */
	private void writeDates(int c, JsonGenerator out) {
		int last = Math.min(collabs.ended[c], Dates.END);
		int from = Dates.between(random, collabs.started[c], last);
		String fromText = Dates.written(random, from);
		out.writeStringProperty("from", fromText);
		if (random.nextInt(3) == 0 && last - from > 60) {
			int to = Dates.between(random, from + 30, last);
			String toText = Dates.written(random, to);
			out.writeStringProperty("to", Dates.firstDay(toText) >= Dates.firstDay(fromText) ? toText
					: java.time.LocalDate.ofEpochDay(Math.max(to, Dates.firstDay(fromText))).toString());
		}
	}

	void writeLessons(int count, int people, JsonGenerator out) {
		out.writeName("lessons");
		out.writeStartArray();
		for (int l = 0; l < count; l++) {
			int c = random.nextInt(collabs.ids.length);
			boolean ended = collabs.ended[c] != Integer.MAX_VALUE;
			String theme = ended && random.nextBoolean() ? "withdrawal" : THEMES.get(random.nextInt(THEMES.size()));
			out.writeStartObject();
			out.writeStringProperty("id", String.format("lesson-%06d", l));
			out.writeStringProperty("title", "Lesson on " + theme.replace('-', ' ') + " from " + collabs.ids[c]);
			out.writeStringProperty("theme", theme);
			int last = Math.min(Dates.END, ended ? collabs.ended[c] + 365 : Dates.END);
			out.writeStringProperty("date", Dates.written(random, Dates.between(random, collabs.started[c], last)));
			out.writeStringProperty("source", "synthetic: concordat generate");
			out.writeStringProperty("collaboration", collabs.ids[c]);
			if (people > 0 && random.nextBoolean()) {
				out.writeStringProperty("toldBy", String.format("person-%06d", random.nextInt(people)));
			}
			out.writeEndObject();
		}
		out.writeEndArray();
	}
}
