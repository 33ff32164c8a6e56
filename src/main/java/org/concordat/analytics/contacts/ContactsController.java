package org.concordat.analytics.contacts;

import java.util.List;

import org.concordat.analytics.AnalyticsParameters;
import org.concordat.analytics.SnapshotStamp;
import org.concordat.analytics.snapshot.Snapshots;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who a force should ask about a topic ({@link ContactFinder}). */
@RestController
class ContactsController {

	record Contacts(String force, String topic, List<ContactFinder.Contact> contacts, SnapshotStamp snapshot) {
	}

	private final Snapshots snapshots;

	ContactsController(Snapshots snapshots) {
		this.snapshots = snapshots;
	}

	@GetMapping("/api/analytics/contacts")
	ResponseEntity<Contacts> contacts(@RequestParam(required = false) String force,
			@RequestParam(required = false) String topic, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String at, @RequestParam(defaultValue = "false") boolean includeNational) {
		var p = new AnalyticsParameters(snapshots.state());
		int f = p.force(force, true);
		String checked = p.topic(topic);
		var contacts = new ContactFinder(p.asOf(at, includeNational)).find(f, checked,
				AnalyticsParameters.limit("limit", limit, 10, 1_000));
		return p.stamp().respond(new Contacts(force, checked, contacts, p.stamp()));
	}
}
