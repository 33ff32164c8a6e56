package org.concordat.analytics.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.analytics.IndexLists;
import org.concordat.register.DemoSeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14's case on the demo register: Kent asks whom to ask about withdrawal. Nobody is linked to Kent, so the
 * ranking rests on what each contact went through: the NWMPG point of contact whose own force (Lancashire) left
 * while the role ran ranks above the Warwickshire PCC, whose force stayed while the alliance ended.
 */
class ContactsOnTheDemoRegisterTests extends ApiTest {

	@Autowired
	private DemoSeed seed;

	@BeforeEach
	void seeded() {
		seed.seedIfEmpty().block();
	}

	@Test
	@SuppressWarnings("unchecked")
	void kentAskingAboutWithdrawalFindsWhoWentThroughOneFirstWithTheScoresParts() {
		Map<String, Object> answer = web.get().uri("/api/analytics/contacts?force=kent&topic=withdrawal&limit=15&at=2025-06-30")
			.exchange()
			.expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		List<Map<String, Object>> contacts = (List<Map<String, Object>>) answer.get("contacts");
		List<Object> people = contacts.stream().map(c -> c.get("person")).toList();
		assertThat(people).contains("nwmpg-poc-lancashire", "warwickshire-pcc");
		assertThat(people.indexOf("nwmpg-poc-lancashire")).isLessThan(people.indexOf("warwickshire-pcc"));

		Map<String, Object> lancashire = contacts.get(people.indexOf("nwmpg-poc-lancashire"));
		Map<String, Number> parts = (Map<String, Number>) lancashire.get("parts");
		assertThat(parts.get("outcome").doubleValue()).isEqualTo(2.0); // Lancashire left NWMPG in 2018, during the role
		assertThat(parts.get("proximity").doubleValue()).isEqualTo(0.5); // no link from Kent
		assertThat(((Number) lancashire.get("score")).doubleValue()).isEqualTo(IndexLists.round(parts.get("match").doubleValue()
				* parts.get("proximity").doubleValue() * parts.get("outcome").doubleValue() * parts.get("recency").doubleValue()));
		Map<String, Number> warwickshire = (Map<String, Number>) contacts.get(people.indexOf("warwickshire-pcc")).get("parts");
		assertThat(warwickshire.get("outcome").doubleValue()).isEqualTo(1.5); // the alliance ended; Warwickshire stayed
	}
}
