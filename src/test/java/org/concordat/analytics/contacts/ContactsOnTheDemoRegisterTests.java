package org.concordat.analytics.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.DemoRegisterTest;
import org.concordat.analytics.IndexLists;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's case on the demo register: Kent asks whom to ask about withdrawal. Those who have done it (tier 1: their
 * own force left while the role ran) come first, then the rest; nobody is linked to Kent, so within each tier the
 * score decides: the NWMPG point of contact whose own force (Lancashire) left while the role ran is the last of the
 * six in tier 1, above the Warwickshire PCC, whose force stayed while the alliance ended.
 */
class ContactsOnTheDemoRegisterTests extends DemoRegisterTest {

	@Test
	@SuppressWarnings("unchecked")
	void kentAskingAboutWithdrawalFindsWhoWentThroughOneFirstWithTheScoresParts() {
		Map<String, Object> answer = web.get().uri("/api/analytics/contacts?force=kent&topic=withdrawal&limit=15&at=2025-06-30")
			.exchange()
			.expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		List<Map<String, Object>> contacts = (List<Map<String, Object>>) answer.get("contacts");
		List<Object> people = contacts.stream().map(c -> c.get("person")).toList();
		assertThat(people).containsExactly("emopss-contact-nottinghamshire", "cmpg-contact-west-mercia",
				"northamptonshire-chief-constable", "west-mercia-chief-constable", "west-mercia-pcc", "nwmpg-poc-lancashire",
				"warwickshire-pcc", "sw-tri-force-lead", "emopss-lead", "nw-rocu-acc", "nwmpg-lead-cheshire",
				"nwmpg-poc-greater-manchester", "nwmpg-poc-merseyside", "cmpg-lead", "emcjs-lead");
		List<Object> tiers = contacts.stream().map(c -> ((Map<String, Object>) c.get("parts")).get("tier")).toList();
		assertThat(tiers).containsExactly(1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		assertThat(people.indexOf("nwmpg-poc-lancashire")).isEqualTo(5); // 6th of 15, last of those who have done it

		Map<String, Object> lancashire = contacts.get(people.indexOf("nwmpg-poc-lancashire"));
		Map<String, Number> parts = (Map<String, Number>) lancashire.get("parts");
		assertThat(parts.get("outcome").doubleValue()).isEqualTo(2.0); // Lancashire left NWMPG in 2018, during the role
		assertThat(parts.get("proximity").doubleValue()).isEqualTo(0.5); // no link from Kent
		assertThat(((Number) lancashire.get("score")).doubleValue()).isEqualTo(IndexLists.round(parts.get("match").doubleValue()
				* parts.get("proximity").doubleValue() * parts.get("outcome").doubleValue() * parts.get("recency").doubleValue()));
		Map<String, Number> warwickshire = (Map<String, Number>) contacts.get(people.indexOf("warwickshire-pcc")).get("parts");
		assertThat(warwickshire.get("outcome").doubleValue()).isEqualTo(1.5); // the alliance ended; Warwickshire stayed
		assertThat(warwickshire.get("tier").intValue()).isZero();
		assertThat(parts.get("tier").intValue()).isEqualTo(1);
	}
}
