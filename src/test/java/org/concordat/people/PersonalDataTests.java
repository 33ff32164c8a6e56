package org.concordat.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.concordat.register.RegisterDocument;
import org.concordat.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

/** People's names and contact details reach contact-viewers and above only; viewers see their roles. */
class PersonalDataTests extends ApiTest {

	private static final String NAME = "Sam Example";

	private static final String CONTACT = "sam.example@example.org";

	@BeforeEach
	void registerWithANamedPerson() {
		RegisterDocument tiny = Fixtures.tinyRegister();
		Person lead = tiny.people().getFirst();
		Person named = new Person(lead.id(), NAME, lead.title(), lead.rank(), lead.force(), CONTACT, lead.leads(),
				lead.contactFor());
		load(new RegisterDocument(tiny.functions(), tiny.forces(), tiny.collaborations(), List.of(named), tiny.lessons()));
	}

	@Test
	void aViewerSeesPeoplesRolesButNotTheirNamesOrContactDetails() {
		WebTestClient viewer = as(Role.VIEWER);
		for (String uri : List.of("/api/people", "/api/people/mg-lead", "/api/export",
				"/api/analytics/contacts?force=bford&topic=withdrawal")) {
			viewer.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class)
				.value(body -> assertThat(body).contains("Motorway group lead").doesNotContain(NAME).doesNotContain(CONTACT));
		}
	}

	@Test
	void aContactViewerAndAboveSeeNamesAndContactDetails() {
		for (WebTestClient reader : List.of(as(Role.CONTACT_VIEWER), as(Role.EDITOR, "dford"), web)) {
			for (String uri : List.of("/api/people", "/api/people/mg-lead", "/api/export",
					"/api/analytics/contacts?force=bford&topic=withdrawal")) {
				reader.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class)
					.value(body -> assertThat(body).contains(NAME).contains(CONTACT));
			}
		}
		as(Role.CONTACT_VIEWER).get().uri("/api/analytics/contacts?force=bford&topic=withdrawal").exchange()
			.expectBody().jsonPath("$.contacts[0].person").isEqualTo("mg-lead").jsonPath("$.contacts[0].name").isEqualTo(NAME)
			.jsonPath("$.contacts[0].contact").isEqualTo(CONTACT).jsonPath("$.contacts[0].title")
			.isEqualTo("Motorway group lead");
	}
}
