package org.concordat.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.withdrawal.UncertainEvent;
import org.concordat.analytics.SnapshotStamp;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.analytics.snapshot.storage.Role;
import org.concordat.collaboration.Collaboration;
import org.concordat.words.Words;

/**
 * A collaboration's health as of D ({@link HealthCriteria}): what held at D (active members, host, lead and
 * contact roles) from the snapshot; its terms, cost sharing, budgets and benefits as the register records them,
 * realised benefit values only for periods past by D.
 */
public record CollaborationHealth(String summary, String collaboration, String name, String status, LocalDate at,
		String colour, List<HealthCriteria.Criterion> criteria, List<UncertainEvent> uncertain) {

	/** The health of every collaboration asked about, with a summary over them. */
	public record Listing(String summary, LocalDate at, String colour, int total, List<CollaborationHealth> collaborations,
			SnapshotStamp snapshot) {
	}

	/** The answer for one collaboration, with its stamp. */
	public record Answer(String summary, String collaboration, String name, String status, LocalDate at, String colour,
			List<HealthCriteria.Criterion> criteria, List<UncertainEvent> uncertain, SnapshotStamp snapshot) {
	}

	static CollaborationHealth of(AsOf asOf, Collaboration c) {
		HealthCriteria.Context context = context(asOf, c.id());
		List<HealthCriteria.Criterion> criteria = HealthCriteria.all(c, context);
		String colour = HealthCriteria.overall(criteria);
		long green = criteria.stream().filter(x -> x.colour().equals(HealthCriteria.GREEN)).count();
		List<String> red = criteria.stream().filter(x -> x.colour().equals(HealthCriteria.RED))
			.map(HealthCriteria.Criterion::criterion).toList();
		List<String> amber = criteria.stream().filter(x -> x.colour().equals(HealthCriteria.AMBER))
			.map(HealthCriteria.Criterion::criterion).toList();
		String summary = "As of " + Words.date(asOf.date()) + ", " + c.name() + ("proposed".equals(c.status()) ? " (proposed)" : "")
				+ " meets " + green + " of " + criteria.size() + " criteria of HMICFRS's four themes and readiness to "
				+ "withdraw, read from what the register records (nothing is assumed; no £ is weighed)"
				+ (red.isEmpty() ? "" : "; red: " + Words.and(red)) + (amber.isEmpty() ? "" : "; amber: " + Words.and(amber))
				+ ". Each criterion says what would make it green.";
		int k = asOf.snapshot().collab(c.id());
		// its members' joining and leaving, and its end, recorded to a period holding D or undated: counted as not yet
		List<UncertainEvent> uncertain = UncertainEvent.of(asOf, k >= 0 && asOf.active(k) ? new int[] { k } : new int[0],
				UncertainEvent.LIMIT);
		// its status as of D: one that ended after D was active then (the register records only today's status)
		String status = !"proposed".equals(c.status()) && k >= 0 && asOf.active(k) ? "active" : c.status();
		return new CollaborationHealth(summary + Words.uncertain(uncertain.size()), c.id(), c.name(), status,
				asOf.date(), colour, criteria, uncertain);
	}

	/** What held at D for collaboration {@code id} in the snapshot (nothing when it is not there or not active). */
	static HealthCriteria.Context context(AsOf asOf, String id) {
		RegisterSnapshot s = asOf.snapshot();
		int c = s.collab(id);
		List<String> members = new ArrayList<>();
		boolean host = false;
		if (c >= 0 && asOf.active(c)) {
			for (int f : asOf.members(c)) {
				members.add(s.forceId(f));
				int m = asOf.membership(f, c);
				host |= m >= 0 && s.role(m) == RegisterSnapshot.HOST;
			}
		}
		boolean lead = false;
		List<List<String>> contacts = new ArrayList<>();
		for (Role r : s.roles()) {
			if (r.collab() == c && c >= 0 && r.from() <= asOf.day() && r.to() > asOf.day()) {
				if (r.lead()) {
					lead = true;
				}
				else {
					contacts.add(r.topics() == null ? List.of() : r.topics());
				}
			}
		}
		return new HealthCriteria.Context(asOf.date(), members, host, lead, contacts);
	}
}
