package org.concordat.analytics.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.network.Connectivity;
import org.concordat.analytics.snapshot.storage.SnapshotBuilder;
import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Membership;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.register.RegisterDocument;
import org.junit.jupiter.api.Test;

/**
 * A membership whose force left on a date no source gives ({@code leftDateUnknown}): before its collaboration's
 * end it may or may not have left, so it counts as a member and is listed as uncertain without a date; from the
 * end on (the latest day the register shows it had left by) it is no member. "ended" = {a, b, c} from 2000,
 * ended 2020-06 with c's leaving undated; "running" = {a, b, c} from 2000, still running, c's leaving undated.
 */
class LeftDateUnknownTests {

	private static RegisterDocument register() {
		Force a = new Force("a", "A Police", "North", new Force.Headquarters("a", 52.0, -1.0));
		Force b = new Force("b", "B Police", "North", new Force.Headquarters("b", 52.0, -1.0));
		Force c = new Force("c", "C Police", "North", new Force.Headquarters("c", 52.0, -1.0));
		return new RegisterDocument(List.of(new PolicingFunction("roads-policing", "Roads policing")), List.of(a, b, c),
				List.of(collab("ended", "ended", "2020-06"), collab("running", "active", null)), List.of(), List.of());
	}

	private static Collaboration collab(String id, String status, String ended) {
		return new Collaboration(id, id.toUpperCase(), "motorway group", "regional", null, status, "2000", ended, null,
				null, null, List.of("roads-policing"), List.of(), List.of(), List.of(),
				List.of(new Membership("a", null, null, "member", null, null),
						new Membership("b", null, null, "member", null, null),
						new Membership("c", null, null, "member", null, null, true)),
				List.of(), Map.of());
	}

	private static WithdrawalImpact.Answer leaving(String force, String collab, LocalDate at) {
		AsOf asOf = new AsOf(SnapshotBuilder.build(1, register()), at, false);
		return new WithdrawalImpact(asOf, Connectivity.of(asOf)).of(asOf.snapshot().force(force),
				asOf.snapshot().collab(collab), 100);
	}

	@Test
	void beforeItsCollaborationEndsTheForceCountsAsAMemberAndItsLeavingIsListedWithoutADate() {
		var answer = leaving("a", "ended", LocalDate.of(2020, 6, 30));
		assertThat(answer.collaborations().get(0).membersBefore()).containsExactly("a", "b", "c");
		assertThat(answer.uncertain()).containsExactly(new UncertainEvent("ended", null, "ended", "2020-06",
				"ENDED ended: recorded as 2020-06, may already have happened; counted as not yet"),
				new UncertainEvent("ended", "c", "left", null,
						"C Police left ENDED: on a date not recorded, may already have happened; counted as not yet"));
		assertThat(leaving("a", "ended", LocalDate.of(2005, 1, 1)).uncertain()).extracting(UncertainEvent::force)
			.containsExactly("c");
	}

	/**
	 * Each collaboration's uncertain events are kept with the snapshot per date ({@link UncertainEvent#found}): asked
	 * at dates in turn on one snapshot, each date gets its own, and a limit cuts the collaborations' events in order.
	 */
	@Test
	void onOneSnapshotEachDateGetsItsOwnUncertainEventsAndALimitCutsThemInOrder() {
		var snapshot = SnapshotBuilder.build(1, register());
		int[] both = { snapshot.collab("ended"), snapshot.collab("running") };
		java.util.function.BiFunction<LocalDate, Integer, List<String>> found = (at, limit) -> UncertainEvent
			.found(new AsOf(snapshot, at, false), both, limit).stream().map(f -> f.c() + " " + f.event() + " " + f.recorded()).toList();
		int ended = both[0];
		int running = both[1];
		for (int round = 0; round < 2; round++) {
			assertThat(found.apply(LocalDate.of(2020, 6, 30), 10)).containsExactly(ended + " ended 2020-06",
					ended + " left null", running + " left null");
			assertThat(found.apply(LocalDate.of(2005, 1, 1), 10)).containsExactly(ended + " left null", running + " left null");
			assertThat(found.apply(LocalDate.of(2020, 7, 1), 10)).containsExactly(running + " left null");
			assertThat(found.apply(LocalDate.of(2020, 6, 30), 1)).containsExactly(ended + " ended 2020-06");
			assertThat(found.apply(LocalDate.of(2020, 6, 30), 2)).containsExactly(ended + " ended 2020-06", ended + " left null");
		}
	}

	@Test
	void fromItsCollaborationsEndTheForceIsNoMember() {
		var answer = leaving("c", "ended", LocalDate.of(2020, 7, 1));
		assertThat(answer.notMember()).isTrue();
		assertThat(answer.uncertain()).isEmpty();
	}

	@Test
	void whileTheCollaborationRunsNothingDatesTheLeavingSoItStaysUncertainAtEveryDate() {
		var answer = leaving("a", "running", LocalDate.of(2030, 1, 1));
		assertThat(answer.collaborations().get(0).membersBefore()).containsExactly("a", "b", "c");
		assertThat(answer.uncertain()).extracting(UncertainEvent::force, UncertainEvent::recorded)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("c", null));
	}

	@Test
	void anUndatedLeavingIsNoPrecedent() {
		var answer = leaving("a", "running", LocalDate.of(2030, 1, 1));
		assertThat(answer.precedents()).extracting(Precedents.Precedent::event).containsExactly("ending");
	}
}
