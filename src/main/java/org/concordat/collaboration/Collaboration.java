package org.concordat.collaboration;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.concordat.entity.PartialDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A police-to-police collaboration with its members, functions, figures and sources. {@code hostForce} is
 * derived from the membership whose role is {@code host}; it is never stored on its own.
 * {@code dependencyConfidence} marks the {@code dependsOn} links that are not confirmed (id to confidence),
 * e.g. an inference about which older collaborations a new one builds on. {@code version} is the register's:
 * its members and figures belong to it, so a join, a withdrawal or a changed figure gives it a new version.
 */
@JsonIgnoreProperties(value = "hostForce", allowGetters = true)
public record Collaboration(String id, String name, String kind, String scope, String purpose, String status,
		String started, String ended, String legalBasis, Double annualCost, String confidence,
		List<String> functions, List<String> sources, List<String> dependsOn, List<String> partners,
		List<Membership> members, List<Figure> figures, Map<String, String> dependencyConfidence, Long version) {

	public Collaboration {
		dependencyConfidence = dependencyConfidence == null ? Map.of() : new TreeMap<>(dependencyConfidence);
		functions = functions == null ? List.of() : functions;
		sources = sources == null ? List.of() : sources;
		dependsOn = dependsOn == null ? List.of() : dependsOn;
		partners = partners == null ? List.of() : partners;
		members = members == null ? List.of() : members;
		figures = figures == null ? List.of() : figures;
	}

	/** A collaboration as input describes it, without a version. */
	public Collaboration(String id, String name, String kind, String scope, String purpose, String status,
			String started, String ended, String legalBasis, Double annualCost, String confidence,
			List<String> functions, List<String> sources, List<String> dependsOn, List<String> partners,
			List<Membership> members, List<Figure> figures, Map<String, String> dependencyConfidence) {
		this(id, name, kind, scope, purpose, status, started, ended, legalBasis, annualCost, confidence, functions,
				sources, dependsOn, partners, members, figures, dependencyConfidence, null);
	}

	/** The current host; a host that has left only counts when no other took over. */
	@JsonProperty("hostForce")
	@Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "derived from the membership whose role is host")
	public String hostForce() {
		return members.stream()
			.filter(m -> m != null && Membership.HOST.equals(m.role()))
			.max(Comparator.comparing((Membership m) -> m.left() == null).thenComparing(m -> String.valueOf(m.joined())))
			.map(Membership::force)
			.orElse(null);
	}

	/** The canonical order of export: lists by value, members by force then joined, figures by id. */
	public Collaboration sorted() {
		Comparator<Membership> byKey = Comparator.comparing(Membership::force)
			.thenComparing(m -> PartialDate.firstDay(m.joined()), Comparator.nullsFirst(Comparator.naturalOrder()));
		return new Collaboration(id, name, kind, scope, purpose, status, started, ended, legalBasis, annualCost,
				confidence, functions.stream().sorted().toList(), sources.stream().sorted().toList(),
				dependsOn.stream().sorted().toList(), partners.stream().sorted().toList(),
				members.stream().sorted(byKey).toList(),
				figures.stream().sorted(Comparator.comparing(Figure::id)).toList(), dependencyConfidence, version);
	}

	public Collaboration withId(String newId) {
		return new Collaboration(newId, name, kind, scope, purpose, status, started, ended, legalBasis, annualCost,
				confidence, functions, sources, dependsOn, partners, members, figures, dependencyConfidence, version);
	}

	/** These members plus the incoming ones; an incoming membership replaces the one with the same key. */
	public List<Membership> membersWith(List<Membership> incoming) {
		List<Membership> merged = new java.util.ArrayList<>(members);
		for (Membership m : incoming) {
			merged.removeIf(existing -> existing != null && m != null && existing.sameKey(m));
			merged.add(m);
		}
		return merged;
	}

	public Collaboration withMembers(List<Membership> newMembers) {
		return new Collaboration(id, name, kind, scope, purpose, status, started, ended, legalBasis, annualCost,
				confidence, functions, sources, dependsOn, partners, newMembers, figures, dependencyConfidence, version);
	}
}
