package org.concordat.collaboration;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.concordat.agreement.AgreementTerms;
import org.concordat.agreement.Budget;
import org.concordat.agreement.CostSharing;
import org.concordat.benefit.Benefit;
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
 *
 * <p>Its agreement {@code terms}, {@code costSharing}, {@code budgets} by financial year and {@code benefits}
 * are its own too. {@code legalBasis} and {@code annualCost} are what documents written before them said at the
 * top level: still read (the legal basis becomes the terms' legal basis, the annual cost an undated budget, see
 * docs/register-format.md), never written; in Java they answer the terms' legal basis and the running cost
 * ({@link Budget#runningCost}). A document that gives both an old field and its new place must agree.
 */
@JsonIgnoreProperties(value = "hostForce", allowGetters = true)
public record Collaboration(String id, String name, String kind, String scope, String purpose, String status,
		String started, String ended,
		@JsonProperty(access = JsonProperty.Access.WRITE_ONLY) @Schema(deprecated = true, description = "read from older documents: now terms.legalBasis") String legalBasis,
		@JsonProperty(access = JsonProperty.Access.WRITE_ONLY) @Schema(deprecated = true, description = "read from older documents: now an undated entry of budgets") Double annualCost,
		String confidence, List<String> functions, List<String> sources, List<String> dependsOn,
		List<String> partners, List<Membership> members, List<Figure> figures,
		Map<String, String> dependencyConfidence, AgreementTerms terms, CostSharing costSharing, List<Budget> budgets,
		List<Benefit> benefits, Long version) {

	public Collaboration {
		dependencyConfidence = dependencyConfidence == null ? Map.of() : new TreeMap<>(dependencyConfidence);
		functions = functions == null ? List.of() : functions;
		sources = sources == null ? List.of() : sources;
		dependsOn = dependsOn == null ? List.of() : dependsOn;
		partners = partners == null ? List.of() : partners;
		members = members == null ? List.of() : members;
		figures = figures == null ? List.of() : figures;
		benefits = benefits == null ? List.of() : benefits;
		budgets = budgets == null ? List.of() : budgets;
		// the old top-level fields, folded into their new places (a conflict is left for the rules to refuse)
		if (legalBasis != null && (terms == null || terms.legalBasis() == null)) {
			terms = terms == null ? AgreementTerms.ofLegalBasis(legalBasis) : terms.withLegalBasis(legalBasis);
		}
		if (terms != null && terms.recordsNothing()) {
			terms = null;
		}
		if (legalBasis == null && terms != null && terms.legalBasis() != null) {
			legalBasis = terms.legalBasis().value();
		}
		if (annualCost != null && budgets.isEmpty()) {
			budgets = List.of(Budget.fromAnnualCost(annualCost));
		}
		if (annualCost == null) {
			annualCost = Budget.runningCost(budgets);
		}
	}

	/** A collaboration with its agreement, money and benefits, as input describes it (without a version). */
	public Collaboration(String id, String name, String kind, String scope, String purpose, String status,
			String started, String ended, String confidence, List<String> functions, List<String> sources,
			List<String> dependsOn, List<String> partners, List<Membership> members, List<Figure> figures,
			Map<String, String> dependencyConfidence, AgreementTerms terms, CostSharing costSharing,
			List<Budget> budgets, List<Benefit> benefits) {
		this(id, name, kind, scope, purpose, status, started, ended, null, null, confidence, functions, sources,
				dependsOn, partners, members, figures, dependencyConfidence, terms, costSharing, budgets, benefits, null);
	}

	/** A collaboration in the older shape (legal basis and annual cost at the top level), with its version. */
	public Collaboration(String id, String name, String kind, String scope, String purpose, String status,
			String started, String ended, String legalBasis, Double annualCost, String confidence,
			List<String> functions, List<String> sources, List<String> dependsOn, List<String> partners,
			List<Membership> members, List<Figure> figures, Map<String, String> dependencyConfidence, Long version) {
		this(id, name, kind, scope, purpose, status, started, ended, legalBasis, annualCost, confidence, functions,
				sources, dependsOn, partners, members, figures, dependencyConfidence, null, null, null, null, version);
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
				figures.stream().sorted(Comparator.comparing(Figure::id)).toList(), dependencyConfidence,
				terms == null ? null : terms.sorted(), costSharing == null ? null : costSharing.sorted(),
				budgets.stream().sorted(Budget.BY_YEAR).toList(),
				benefits.stream().map(b -> b == null ? null : b.sorted())
					.sorted(Comparator.comparing(b -> b == null ? null : b.id(), Comparator.nullsFirst(Comparator.naturalOrder())))
					.toList(),
				version);
	}

	public Collaboration withId(String newId) {
		return new Collaboration(newId, name, kind, scope, purpose, status, started, ended, legalBasis, annualCost,
				confidence, functions, sources, dependsOn, partners, members, figures, dependencyConfidence, terms,
				costSharing, budgets, benefits, version);
	}

	/** The same collaboration with other terms, cost sharing, budgets or benefits (the old fields follow them). */
	public Collaboration withAgreement(AgreementTerms newTerms, CostSharing newSharing, List<Budget> newBudgets,
			List<Benefit> newBenefits) {
		return new Collaboration(id, name, kind, scope, purpose, status, started, ended, null, null, confidence,
				functions, sources, dependsOn, partners, members, figures, dependencyConfidence, newTerms, newSharing,
				newBudgets, newBenefits, version);
	}

	/** The figure with this id, if any. */
	public java.util.Optional<Figure> figure(String figureId) {
		return figures.stream().filter(f -> f != null && figureId.equals(f.id())).findFirst();
	}

	/** The same collaboration without the figure with this id. */
	public Collaboration withoutFigure(String figureId) {
		return new Collaboration(id, name, kind, scope, purpose, status, started, ended, legalBasis, annualCost,
				confidence, functions, sources, dependsOn, partners, members,
				figures.stream().filter(f -> f == null || !figureId.equals(f.id())).toList(), dependencyConfidence, terms,
				costSharing, budgets, benefits, version);
	}

	/**
	 * The same collaboration with the figure {@code figureId} replaced by {@code figure} under that id. The
	 * replacement comes first, so a rule it breaks is named {@code figures[0].*}; the order of figures means
	 * nothing (they are read back by id).
	 */
	public Collaboration withFigure(String figureId, Figure figure) {
		List<Figure> replaced = new java.util.ArrayList<>();
		replaced.add(figure == null ? null : figure.withId(figureId));
		figures.stream().filter(f -> f == null || !figureId.equals(f.id())).forEach(replaced::add);
		return new Collaboration(id, name, kind, scope, purpose, status, started, ended, legalBasis, annualCost,
				confidence, functions, sources, dependsOn, partners, members, replaced, dependencyConfidence, terms,
				costSharing, budgets, benefits, version);
	}

	/** The benefit with this id, if any. */
	public java.util.Optional<Benefit> benefit(String benefitId) {
		return benefits.stream().filter(b -> b != null && benefitId.equals(b.id())).findFirst();
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
				confidence, functions, sources, dependsOn, partners, newMembers, figures, dependencyConfidence, terms,
				costSharing, budgets, benefits, version);
	}

	/**
	 * The figures sent here without an id that {@code stored} (this collaboration as the register holds it) has
	 * since edited in place: such a figure's id is the digest of its content, and an edit keeps the id, so a stored
	 * figure under that id whose content now differs says what this one said before it was corrected. Written, it
	 * would undo the correction; it is left out instead ({@link #withoutFigures}) and reported.
	 */
	public List<Figure> figuresSupersededIn(Collaboration stored) {
		return stored == null ? List.of() : figures.stream().filter(f -> f != null && f.id() == null).filter(f -> {
			String key = CollaborationWrites.figureId(id, f);
			return stored.figure(key).filter(now -> !CollaborationWrites.figureId(id, now).equals(key)).isPresent();
		}).toList();
	}

	/** The same collaboration without these figures (compared as records). */
	public Collaboration withoutFigures(List<Figure> dropped) {
		return dropped.isEmpty() ? this : new Collaboration(id, name, kind, scope, purpose, status, started, ended,
				legalBasis, annualCost, confidence, functions, sources, dependsOn, partners, members,
				figures.stream().filter(f -> !dropped.contains(f)).toList(), dependencyConfidence, terms, costSharing,
				budgets, benefits, version);
	}
}
