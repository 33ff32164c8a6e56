package org.concordat.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.concordat.DemoRegisterTest;
import org.junit.jupiter.api.Test;

/** Every analytics answer's summary on the demo register: names not ids, what was left out, no £ invented. */
class SummariesTests extends DemoRegisterTest {

	@SuppressWarnings("unchecked")
	private String summary(String uri) {
		Map<String, Object> answer = web.get().uri(uri).exchange().expectStatus().isOk().expectBody(Map.class)
			.returnResult().getResponseBody();
		return (String) answer.get("summary");
	}

	@Test
	void overlapsCountWhatIsSharedAndSayWhatIsLeftOut() {
		assertThat(summary("/api/analytics/overlaps?force=lancashire&at=2017-06-29")).isEqualTo(
				"As of 29 June 2017, 5 pairs of active collaborations involving Lancashire Constabulary share at least one "
						+ "member, and 0 of them also cover the same function (possible duplication); counted from the "
						+ "recorded memberships, national collaborations (such as NPAS) left out; no £ figure is involved. "
						+ "The closest on this page: North West Regional Organised Crime Unit (Titan) and North West "
						+ "Underwater Marine Unit (6 members in common, Jaccard index 1.0).");
	}

	@Test
	void aFunctionAskedAboutIsWrittenByItsNameNotItsId() {
		assertThat(summary("/api/analytics/overlaps?force=lancashire&function=roads-policing&at=2017-06-29"))
			.contains(" of active collaborations involving Lancashire Constabulary and both covering Roads policing share ");
	}

	@Test
	void similarForcesAndCollaborationsAreNamed() {
		assertThat(summary("/api/analytics/similar-forces?force=lancashire&at=2017-06-29")).isEqualTo(
				"As of 29 June 2017, compared by the collaborations they share (Jaccard index), the forces most like "
						+ "Lancashire Constabulary are Cheshire Constabulary (1.0), Greater Manchester Police (1.0) and "
						+ "Merseyside Police (1.0); national collaborations (such as NPAS) left out; no £ figure is involved.");
		assertThat(summary("/api/analytics/similar-collaborations?collaboration=nwmpg&at=2017-06-29")).isEqualTo(
				"As of 29 June 2017, by members and functions in common (the mean of the two Jaccard indexes), the "
						+ "collaborations most like North West Motorway Police Group (NWMPG) are Central Motorway Police "
						+ "Group (CMPG) (0.5), North West Regional Organised Crime Unit (Titan) (0.333333) and North West "
						+ "Underwater Marine Unit (0.333333); national collaborations (such as NPAS) left out; no £ figure "
						+ "is involved.");
	}

	@Test
	void contactsNameTheFirstRoleAndHowFarItIs() {
		assertThat(summary("/api/analytics/contacts?force=lancashire&topic=withdrawal&at=2017-06-29")).isEqualTo(
				"As of 29 June 2017, 5 roles could help Lancashire Constabulary about withdrawal; the first is NWMPG force "
						+ "point of contact (Lancashire) (Superintendent) of Lancashire Constabulary for North West Motorway "
						+ "Police Group (NWMPG), in a collaboration it is or was in; roles count from their own dates and "
						+ "people appear as roles; no £ figure is involved.");
	}

	@Test
	void theWholeNetworkIsDescribedByName() {
		assertThat(summary("/api/analytics/alliances?at=2017-06-29")).isEqualTo(
				"As of 29 June 2017, the forces fall into 11 communities by the collaborations they share (label "
						+ "propagation); national collaborations (such as NPAS) left out; no £ figure is involved. 3 forces' "
						+ "communities lie mainly outside their official regions: Kent Police, North Wales Police and North "
						+ "Yorkshire Police.");
		assertThat(summary("/api/analytics/network?at=2017-06-29")).isEqualTo(
				"As of 29 June 2017, the forces form 7 connected parts through their shared collaborations; national "
						+ "collaborations (such as NPAS) left out; no £ figure is involved. No force is without a partner. It "
						+ "would split if North Wales Police or North Yorkshire Police left. 10 memberships would split it by "
						+ "ending.");
	}
}
