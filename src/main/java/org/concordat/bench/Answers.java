package org.concordat.bench;

import java.util.ArrayList;
import java.util.List;

import org.concordat.analytics.contacts.ContactFinder;
import org.concordat.analytics.similarity.ForceSimilarity;
import org.concordat.analytics.overlaps.Overlaps;
import org.concordat.analytics.withdrawal.WithdrawalImpact;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Both answers to a question in one comparable form: lines of text that must be equal, and numbers that must
 * agree within 1e-6 (cost shares: the snapshot keeps them as 32-bit floats by design, Neo4j as doubles).
 */
record Answers(List<String> lines, List<Double> numbers) {

	boolean agrees(Answers other) {
		if (!lines.equals(other.lines) || numbers.size() != other.numbers.size()) {
			return false;
		}
		for (int i = 0; i < numbers.size(); i++) {
			if (Math.abs(numbers.get(i) - other.numbers.get(i)) > 1e-6) {
				return false;
			}
		}
		return true;
	}

	static Answers similar(List<ForceSimilarity.Similar> answer) {
		return new Answers(answer.stream().map(s -> s.force() + "|" + s.score() + "|" + s.shared()).toList(), List.of());
	}

	static Answers similar(List<Record> rows, boolean fromCypher) {
		return new Answers(rows.stream().map(r -> r.get("force").asString() + "|" + r.get("score").asDouble() + "|"
				+ r.get("shared").asList(Value::asString)).toList(), List.of());
	}

	static Answers overlaps(Overlaps.Answer answer) {
		List<String> lines = new ArrayList<>();
		answer.pairs().forEach(p -> lines.add(p.a() + "|" + p.b() + "|" + p.shared() + "|" + p.jaccard()));
		answer.duplicates().forEach(d -> lines.add(d.function() + "|" + d.collaborations() + "|" + d.sharedMembers()));
		return new Answers(lines, List.of());
	}

	static Answers overlaps(List<Record> rows, boolean fromCypher) {
		List<String> lines = new ArrayList<>();
		List<String[]> duplicates = new ArrayList<>();
		for (Record r : rows) {
			String a = r.get("a").asString();
			String b = r.get("b").asString();
			List<String> shared = r.get("shared").asList(Value::asString);
			lines.add(a + "|" + b + "|" + shared + "|" + r.get("jaccard").asDouble());
			r.get("functions").asList(Value::asString)
				.forEach(fn -> duplicates.add(new String[] { fn, a, b, List.of(a, b) + "|" + shared }));
		}
		duplicates.sort(java.util.Comparator.<String[], String>comparing(d -> d[0]).thenComparing(d -> d[1])
			.thenComparing(d -> d[2]));
		duplicates.forEach(d -> lines.add(d[0] + "|" + d[3]));
		return new Answers(lines, List.of());
	}

	static Answers contacts(List<ContactFinder.Contact> answer) {
		return new Answers(answer.stream().map(c -> c.person() + "|" + c.collaboration() + "|" + c.hops() + "|"
				+ c.score() + "|" + c.matchedOn() + "|tier " + c.parts().tier()).toList(), List.of());
	}

	static Answers contacts(List<Record> rows, boolean fromCypher) {
		return new Answers(rows.stream().map(r -> r.get("person").asString() + "|" + r.get("collaboration").asString()
				+ "|" + (r.get("hops").isNull() ? null : r.get("hops").asInt()) + "|" + r.get("score").asDouble() + "|"
				+ r.get("matchedOn").asList(Value::asString) + "|tier " + r.get("tier").asInt()).toList(), List.of());
	}

	static Answers withdrawal(WithdrawalImpact.Collaborations answer) {
		List<String> lines = new ArrayList<>();
		List<Double> numbers = new ArrayList<>();
		for (WithdrawalImpact.Affected a : answer.collaborations()) {
			lines.add(a.id() + "|" + a.memberCount() + "|" + a.remainingCount() + "|" + a.membersBefore() + "|"
					+ a.membersAfter() + "|" + a.viable() + "|" + a.sharesAssumed());
			// the Cypher query lists every listed remaining member's share: an equal share is each of theirs
			a.listedShares().forEach(s -> {
				lines.add(s.force());
				numbers.add(s.before());
				numbers.add(s.after());
			});
		}
		answer.functionsLost().forEach(l -> lines.add(l.force() + "|" + l.collaboration() + "|" + l.functions()));
		return new Answers(lines, numbers);
	}

	static Answers withdrawal(List<Record> rows, boolean fromCypher) {
		List<String> lines = new ArrayList<>();
		List<Double> numbers = new ArrayList<>();
		for (Record r : rows) {
			for (Value a : r.get("collaborations").values()) {
				lines.add(a.get("id").asString() + "|" + a.get("memberCount").asInt() + "|"
						+ a.get("remainingCount").asInt() + "|" + a.get("before").asList(Value::asString) + "|"
						+ a.get("after").asList(Value::asString) + "|" + a.get("viable").asBoolean() + "|"
						+ a.get("sharesAssumed").asBoolean());
				for (Value s : a.get("shares").values()) {
					lines.add(s.get("force").asString());
					numbers.add(s.get("before").asDouble());
					numbers.add(s.get("after").asDouble());
				}
			}
			for (Value l : r.get("functionsLost").values()) {
				lines.add(l.get("force").asString() + "|" + l.get("collaboration").asString() + "|"
						+ l.get("functions").asList(Value::asString));
			}
		}
		return new Answers(lines, numbers);
	}
}
