package org.concordat.answers;

import java.util.List;
import java.util.Map;

import org.concordat.analytics.AnalyticsParameters;
import org.concordat.analytics.SnapshotStamp;
import org.concordat.analytics.contacts.ContactFinder;
import org.concordat.analytics.snapshot.Snapshots;
import org.concordat.people.Person;
import org.concordat.people.PersonRepository;
import org.concordat.security.Grants;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Who a force should ask about a topic ({@link ContactFinder}). The snapshot holds people's roles only: viewers
 * get those; contact-viewers and above also get each listed person's name and contact details, read from the
 * register for the listed people only (one query, and none for viewers).
 */
@RestController
class ContactsController {

	record Contacts(String summary, String force, String topic, List<PersonalContact> contacts, SnapshotStamp snapshot) {
	}

	/** A contact as answered: the role, and for contact-viewers and above the person's name and contact details. */
	record PersonalContact(@JsonUnwrapped ContactFinder.Contact found,
			@JsonInclude(JsonInclude.Include.NON_NULL) String name,
			@JsonInclude(JsonInclude.Include.NON_NULL) String contact) {
	}

	private final Snapshots snapshots;

	private final PersonRepository people;

	ContactsController(Snapshots snapshots, PersonRepository people) {
		this.snapshots = snapshots;
		this.people = people;
	}

	@GetMapping("/api/analytics/contacts")
	Mono<ResponseEntity<Contacts>> contacts(@RequestParam(required = false) String force,
			@RequestParam(required = false) String topic, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String at, @RequestParam(defaultValue = "false") boolean includeNational) {
		var p = new AnalyticsParameters(snapshots.state());
		int f = p.force(force, true);
		String checked = p.topic(topic);
		var asOf = p.asOf(at, includeNational);
		var found = new ContactFinder(asOf).find(f, checked,
				AnalyticsParameters.limit("limit", limit, 10, 1_000));
		return withPersonalDetails(found)
			.map(contacts -> p.stamp().respond(new Contacts(Summaries.contacts(asOf, force, checked, found),
					force, checked, contacts, p.stamp())));
	}

	private Mono<List<PersonalContact>> withPersonalDetails(List<ContactFinder.Contact> found) {
		return Grants.current().flatMap(grants -> !grants.seesPersonalData() || found.isEmpty() ? Mono.just(Map.<String, Person>of())
				: people.findAll(found.stream().map(ContactFinder.Contact::person).distinct().toList()).collectMap(Person::id))
			.map(byId -> found.stream().map(c -> {
				Person person = byId.get(c.person());
				return new PersonalContact(c, person == null ? null : person.name(), person == null ? null : person.contact());
			}).toList());
	}
}
