package org.concordat.analytics;

import java.util.List;
import java.util.Set;

import org.concordat.analytics.snapshot.Snapshots;
import org.concordat.collaboration.CollaborationRules;
import org.concordat.people.Person;
import org.concordat.people.PersonRepository;
import org.concordat.security.Grants;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The questions, answered from the in-memory snapshot as of {@code at} (default today). Each answer is a
 * pure function of the snapshot and the parameters; national collaborations join the network only with
 * {@code includeNational=true}.
 */
@RestController
@RequestMapping("/api")
class AnalyticsController {

	private final Snapshots snapshots;

	private final AlliancesCache alliances;

	private final PersonRepository people;

	AnalyticsController(Snapshots snapshots, AlliancesCache alliances, PersonRepository people) {
		this.snapshots = snapshots;
		this.alliances = alliances;
		this.people = people;
	}

	@GetMapping("/analytics/overlaps")
	Overlaps.Answer overlaps(@RequestParam(required = false) String force,
			@RequestParam(required = false) String function, @RequestParam(required = false) String region,
			@RequestParam(required = false) String at, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Integer offset,
			@RequestParam(defaultValue = "false") boolean includeNational) {
		var p = parameters();
		int pageSize = AnalyticsParameters.limit("limit", limit, Overlaps.DEFAULT_LIMIT, 100_000);
		int from = AnalyticsParameters.offset(offset);
		return new Overlaps(p.asOf(at, includeNational)).find(p.force(force, false), p.function(function),
				p.region(region), pageSize, from);
	}

	@GetMapping("/analytics/withdrawal")
	WithdrawalImpact.Answer withdrawal(@RequestParam(required = false) String force,
			@RequestParam(required = false) String collaboration, @RequestParam(required = false) String at,
			@RequestParam(required = false) Integer riskLimit, @RequestParam(required = false) Integer memberLimit,
			@RequestParam(defaultValue = "false") boolean includeNational) {
		var p = parameters();
		int f = p.force(force, true);
		int c = p.collaboration(collaboration, false);
		int risks = AnalyticsParameters.limit("riskLimit", riskLimit, WithdrawalImpact.DEFAULT_RISK_LIMIT, 10_000);
		int members = AnalyticsParameters.limit("memberLimit", memberLimit, WithdrawalImpact.DEFAULT_MEMBER_LIMIT,
				100_000);
		return new WithdrawalImpact(p.asOf(at, includeNational)).of(f, c, risks, members);
	}

	@GetMapping("/analytics/similar-forces")
	List<ForceSimilarity.Similar> similarForces(@RequestParam(required = false) String force,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String at,
			@RequestParam(required = false) String by, @RequestParam(defaultValue = "false") boolean includeNational) {
		var p = parameters();
		int f = p.force(force, true);
		String basis = AnalyticsParameters.oneOf("by", by, "collaborations", Set.of("collaborations", "functions"));
		return new ForceSimilarity(p.asOf(at, includeNational)).of(f,
				AnalyticsParameters.limit("limit", limit, 10, 1_000), "functions".equals(basis));
	}

	@GetMapping("/analytics/similar-collaborations")
	List<CollaborationSimilarity.Similar> similarCollaborations(@RequestParam(required = false) String collaboration,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String at,
			@RequestParam(defaultValue = "false") boolean includeNational) {
		var p = parameters();
		int c = p.collaboration(collaboration, true);
		return new CollaborationSimilarity(p.asOf(at, includeNational)).of(c,
				AnalyticsParameters.limit("limit", limit, 10, 1_000));
	}

	@GetMapping("/analytics/contacts")
	Mono<List<PersonalContact>> contacts(@RequestParam(required = false) String force,
			@RequestParam(required = false) String topic, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String at, @RequestParam(defaultValue = "false") boolean includeNational) {
		var p = parameters();
		int f = p.force(force, true);
		List<ContactFinder.Contact> found = new ContactFinder(p.asOf(at, includeNational)).find(f, p.topic(topic),
				AnalyticsParameters.limit("limit", limit, 10, 1_000));
		return withPersonalDetails(found);
	}

	// --- Personal data (trust issue): the snapshot holds people's roles only. Viewers get those; contact-viewers
	// and above also get each listed person's name and contact details, read from the register for the listed
	// people only (one query, and none for viewers).
	private Mono<List<PersonalContact>> withPersonalDetails(List<ContactFinder.Contact> found) {
		return Grants.current().flatMap(grants -> {
			if (!grants.seesPersonalData() || found.isEmpty()) {
				return Mono.just(found.stream().map(c -> new PersonalContact(c, null, null)).toList());
			}
			return people.findAll(found.stream().map(ContactFinder.Contact::person).distinct().toList())
				.collectMap(Person::id)
				.map(byId -> found.stream().map(c -> {
					Person person = byId.get(c.person());
					return new PersonalContact(c, person == null ? null : person.name(),
							person == null ? null : person.contact());
				}).toList());
		});
	}

	/** A contact as answered: the role, and for contact-viewers and above the person's name and contact details. */
	record PersonalContact(@JsonUnwrapped ContactFinder.Contact found,
			@JsonInclude(JsonInclude.Include.NON_NULL) String name,
			@JsonInclude(JsonInclude.Include.NON_NULL) String contact) {
	}
	// --- end of personal data

	@GetMapping("/analytics/alliances")
	Mono<Alliances.Answer> alliances(@RequestParam(required = false) String at,
			@RequestParam(defaultValue = "false") boolean includeNational) {
		return alliances.answer(parameters().asOf(at, includeNational).date(), includeNational);
	}

	@GetMapping("/graph")
	GraphView.Graph graph(@RequestParam(required = false) String region,
			@RequestParam(required = false) String function, @RequestParam(required = false) String status,
			@RequestParam(required = false) String at, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String level,
			@RequestParam(defaultValue = "false") boolean includeNational) {
		var p = parameters();
		String byLevel = AnalyticsParameters.oneOf("level", level, "force", Set.of("force", "region"));
		if (status != null) {
			AnalyticsParameters.oneOf("status", status, null, CollaborationRules.STATUSES);
		}
		var view = new GraphView(p.asOf(at, includeNational));
		int max = AnalyticsParameters.limit("limit", limit, 2_000, 20_000);
		return "region".equals(byLevel) ? view.regions(p.region(region), p.function(function), status, max)
				: view.forces(p.region(region), p.function(function), status, max);
	}

	@GetMapping("/analytics/status")
	SnapshotStatus status() {
		var s = snapshots.current();
		return new SnapshotStatus(s.version(), s.forceCount(), s.collabCount(), s.membershipCount(),
				snapshots.lastUpdateMicros());
	}

	/** What the snapshot holds, and how long the last write took to show in it (commit to swap). */
	record SnapshotStatus(long version, int forces, int collaborations, int memberships, long lastUpdateMicros) {
	}

	private AnalyticsParameters parameters() {
		return new AnalyticsParameters(snapshots.current());
	}
}
