package org.concordat.signing;

import java.util.ArrayList;
import java.util.List;

import org.concordat.analytics.AnalyticsParameters;
import org.concordat.analytics.snapshot.Snapshots;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.web.FieldError;
import org.concordat.web.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** The before-signing check of a draft collaboration ({@link BeforeSigning}): a question, it writes nothing. */
@RestController
class BeforeSigningController {

	private final Snapshots snapshots;

	BeforeSigningController(Snapshots snapshots) {
		this.snapshots = snapshots;
	}

	@PostMapping("/api/analytics/before-signing")
	@Operation(summary = "Before signing: what a draft collaboration overlaps or duplicates, how similar ones went, "
			+ "whom to ask, and the health criteria it does not meet yet",
			description = "The body is a draft (members, host, functions, region, kind, purpose, at); nothing is written.")
	ResponseEntity<BeforeSigning.Answer> check(@RequestBody BeforeSigning.Draft draft) {
		var p = new AnalyticsParameters(snapshots.state());
		RegisterSnapshot s = snapshots.state().snapshot();
		List<FieldError> errors = new ArrayList<>();
		List<String> members = draft.members() == null ? List.of() : draft.members();
		if (members.isEmpty()) {
			errors.add(new FieldError("members", "is required: the forces that would sign"));
		}
		for (int i = 0; i < members.size(); i++) {
			if (members.get(i) == null || s.force(members.get(i)) < 0) {
				errors.add(new FieldError("members[" + i + "]", "no such force '" + members.get(i) + "'"));
			}
			else if (members.subList(0, i).contains(members.get(i))) {
				errors.add(new FieldError("members[" + i + "]", "'" + members.get(i) + "' is listed twice"));
			}
		}
		if (draft.host() != null && !members.contains(draft.host())) {
			errors.add(new FieldError("host", "must be one of the members"));
		}
		List<String> functions = draft.functions() == null ? List.of() : draft.functions();
		for (int i = 0; i < functions.size(); i++) {
			if (functions.get(i) == null || s.function(functions.get(i)) < 0) {
				errors.add(new FieldError("functions[" + i + "]", "unknown function '" + functions.get(i) + "'"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		p.region(draft.region());
		var asOf = p.asOf(draft.at(), false);
		int[] memberIndexes = members.stream().mapToInt(s::force).toArray();
		int[] functionIndexes = functions.stream().mapToInt(s::function).distinct().sorted().toArray();
		return p.stamp().respond(BeforeSigning.check(asOf, new BeforeSigning.Draft(draft.name(), draft.kind(),
				draft.region(), draft.purpose(), members, draft.host(), functions, draft.at()), memberIndexes,
				functionIndexes));
	}
}
