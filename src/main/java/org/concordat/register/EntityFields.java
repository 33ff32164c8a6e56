package org.concordat.register;

import org.concordat.entity.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.concordat.agreement.AgreementTerms;
import org.concordat.agreement.CostSharing;
import org.concordat.agreement.Sourced;
import org.concordat.audit.EntityChange;
import org.concordat.audit.FieldChange;
import org.concordat.benefit.Benefit;
import org.concordat.benefit.BenefitValue;
import org.concordat.collaboration.Collaboration;
import org.concordat.collaboration.Figure;
import org.concordat.collaboration.Membership;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the audit records of a change to one entity: each field of the entity as stored, before and after, as a
 * flat map from the field's path to its value, and the difference of the two. A collaboration's members,
 * figures and a person's roles are fields of their own, keyed by what identifies them
 * ({@code members[kent@2015-04].left}, {@code figures[emsou-saving-1a2b…].amount},
 * {@code leads[emsou@2019].to}), each listed with every field including the key ones, so one that appears or goes
 * shows as fields going from or to nothing. So are its agreement terms ({@code terms.noticeMonths.value},
 * {@code terms.staffing[wmerc].share}), cost sharing ({@code costSharing.weights[population].values[kent].value}),
 * budgets by financial year ({@code budgets[2019/20].amount}, {@code budgets[undated]} for a year not recorded) and
 * benefits by id ({@code benefits[b1].realised[2019/20].value}); its {@code legalBasis} and {@code annualCost}
 * are derived from the terms and the budgets, and not recorded twice. The version is not a field: the entry
 * carries the write's number. A person's name and contact details are recorded as changed without their values
 * ({@link #PERSONAL}).
 */
final class EntityFields {

	/** The fields only {@code contact-viewer} and above may read (Person#withoutPersonalDetails): never recorded. */
	static final Set<String> PERSONAL = Set.of("name", "contact");

	private EntityFields() {
	}

	/** {@code kind:id}, the entity's name in the audit. */
	static String key(Entity kind, String id) {
		return kind.noun() + ":" + id;
	}

	static String key(Object entity) {
		return switch (entity) {
			case PolicingFunction f -> key(Entity.FUNCTION, f.id());
			case Force f -> key(Entity.FORCE, f.id());
			case Collaboration c -> key(Entity.COLLABORATION, c.id());
			case Person p -> key(Entity.PERSON, p.id());
			case Lesson l -> key(Entity.LESSON, l.id());
			default -> throw new IllegalArgumentException("not an entity of the register: " + entity.getClass());
		};
	}

	/** The entity's fields by path, in a stable order; absent values are left out. */
	static Map<String, Object> of(Object entity) {
		Map<String, Object> fields = new LinkedHashMap<>();
		switch (entity) {
			case PolicingFunction f -> put(fields, "name", f.name());
			case Force f -> {
				put(fields, "name", f.name());
				put(fields, "region", f.region());
				if (f.hq() != null) {
					put(fields, "hq.town", f.hq().town());
					put(fields, "hq.lat", f.hq().lat());
					put(fields, "hq.lon", f.hq().lon());
				}
			}
			case Collaboration c -> collaboration(fields, c);
			case Person p -> person(fields, p);
			case Lesson l -> {
				put(fields, "title", l.title());
				put(fields, "summary", l.summary());
				put(fields, "theme", l.theme());
				put(fields, "date", l.date());
				put(fields, "source", l.source());
				put(fields, "collaboration", l.collaboration());
				put(fields, "toldBy", l.toldBy());
			}
			default -> throw new IllegalArgumentException("not an entity of the register: " + entity.getClass());
		}
		return fields;
	}

	private static void collaboration(Map<String, Object> fields, Collaboration c) {
		put(fields, "name", c.name());
		put(fields, "kind", c.kind());
		put(fields, "scope", c.scope());
		put(fields, "purpose", c.purpose());
		put(fields, "status", c.status());
		put(fields, "started", c.started());
		put(fields, "ended", c.ended());
		// legalBasis and annualCost are derived from the terms and the budgets, recorded below as they are stored
		put(fields, "confidence", c.confidence());
		put(fields, "functions", sorted(c.functions()));
		put(fields, "sources", sorted(c.sources()));
		put(fields, "dependsOn", sorted(c.dependsOn()));
		put(fields, "dependencyConfidence", c.dependencyConfidence().isEmpty() ? null : new TreeMap<>(c.dependencyConfidence()));
		put(fields, "partners", sorted(c.partners()));
		for (Membership m : c.members()) {
			String at = membership(m);
			put(fields, at + ".force", m.force());
			put(fields, at + ".joined", m.joined());
			put(fields, at + ".left", m.left());
			put(fields, at + ".role", m.role());
			put(fields, at + ".costShare", m.costShare());
			put(fields, at + ".confidence", m.confidence());
			put(fields, at + ".leftDateUnknown", Boolean.TRUE.equals(m.leftDateUnknown()) ? true : null);
		}
		for (Figure g : c.figures()) {
			String at = "figures[" + g.id() + "]";
			put(fields, at + ".id", g.id());
			put(fields, at + ".kind", g.kind());
			put(fields, at + ".amount", g.amount());
			put(fields, at + ".period", g.period());
			put(fields, at + ".date", g.date());
			put(fields, at + ".force", g.force());
			put(fields, at + ".source", g.source());
			put(fields, at + ".note", g.note());
			put(fields, at + ".confidence", g.confidence());
		}
		terms(fields, c.terms());
		costSharing(fields, c.costSharing());
		keyed(c.budgets(), b -> b.year() == null ? "undated" : b.year()).forEach((key, b) -> {
			String at = "budgets[" + key + "]";
			put(fields, at + ".year", b.year());
			put(fields, at + ".amount", b.amount());
			put(fields, at + ".source", b.source());
			put(fields, at + ".confidence", b.confidence());
			put(fields, at + ".note", b.note());
		});
		keyed(c.benefits(), Benefit::id).forEach((key, b) -> benefit(fields, "benefits[" + key + "]", b));
	}

	/** The agreement's terms, each sourced value as its value, source, confidence and note. */
	private static void terms(Map<String, Object> fields, AgreementTerms t) {
		if (t == null) {
			return;
		}
		sourced(fields, "terms.legalBasis", t.legalBasis());
		sourced(fields, "terms.signed", t.signed());
		sourced(fields, "terms.reviewDue", t.reviewDue());
		sourced(fields, "terms.noticeMonths", t.noticeMonths());
		keyed(t.exitDates(), d -> d.date() + (d.kind() == null ? "" : " " + d.kind())).forEach((key, d) -> {
			String at = "terms.exitDates[" + key + "]";
			put(fields, at + ".date", d.date());
			put(fields, at + ".kind", d.kind());
			put(fields, at + ".source", d.source());
			put(fields, at + ".confidence", d.confidence());
			put(fields, at + ".note", d.note());
		});
		sourced(fields, "terms.exitTerms", t.exitTerms());
		if (t.exitCost() != null) {
			AgreementTerms.ExitCostRule r = t.exitCost();
			put(fields, "terms.exitCost.kind", r.kind());
			put(fields, "terms.exitCost.amount", r.amount());
			put(fields, "terms.exitCost.share", r.share());
			put(fields, "terms.exitCost.liabilities", r.liabilities());
			put(fields, "terms.exitCost.source", r.source());
			put(fields, "terms.exitCost.confidence", r.confidence());
			put(fields, "terms.exitCost.note", r.note());
		}
		sourced(fields, "terms.strandedCosts", t.strandedCosts());
		keyed(t.noticesServed(), n -> n.force() + (n.date() == null ? "" : "@" + n.date())).forEach((key, n) -> {
			String at = "terms.noticesServed[" + key + "]";
			put(fields, at + ".force", n.force());
			put(fields, at + ".date", n.date());
			put(fields, at + ".source", n.source());
			put(fields, at + ".confidence", n.confidence());
			put(fields, at + ".note", n.note());
		});
		sourced(fields, "terms.governance", t.governance());
		keyed(t.staffing(), AgreementTerms.StaffingShare::force).forEach((key, x) -> {
			String at = "terms.staffing[" + key + "]";
			put(fields, at + ".force", x.force());
			put(fields, at + ".share", x.share());
			put(fields, at + ".date", x.date());
			put(fields, at + ".source", x.source());
			put(fields, at + ".confidence", x.confidence());
			put(fields, at + ".note", x.note());
		});
	}

	private static void sourced(Map<String, Object> fields, String at, Sourced<?> value) {
		if (value != null) {
			put(fields, at + ".value", value.value());
			put(fields, at + ".source", value.source());
			put(fields, at + ".confidence", value.confidence());
			put(fields, at + ".note", value.note());
		}
	}

	/** How costs are shared: the method, and a formula's weights by name with each force's value. */
	private static void costSharing(Map<String, Object> fields, CostSharing s) {
		if (s == null) {
			return;
		}
		put(fields, "costSharing.method", s.method());
		put(fields, "costSharing.source", s.source());
		put(fields, "costSharing.confidence", s.confidence());
		put(fields, "costSharing.note", s.note());
		keyed(s.weights(), CostSharing.Weight::name).forEach((key, w) -> {
			String at = "costSharing.weights[" + key + "]";
			put(fields, at + ".name", w.name());
			put(fields, at + ".weight", w.weight());
			put(fields, at + ".unit", w.unit());
			put(fields, at + ".source", w.source());
			put(fields, at + ".note", w.note());
			keyed(w.values(), CostSharing.ForceValue::force).forEach((force, v) -> {
				String value = at + ".values[" + force + "]";
				put(fields, value + ".force", v.force());
				put(fields, value + ".value", v.value());
				put(fields, value + ".date", v.date());
				put(fields, value + ".source", v.source());
				put(fields, value + ".confidence", v.confidence());
			});
		});
	}

	/** A benefit by its id: its own fields, its values by period and its attributions by force. */
	private static void benefit(Map<String, Object> fields, String at, Benefit b) {
		put(fields, at + ".id", b.id());
		put(fields, at + ".title", b.title());
		put(fields, at + ".kind", b.kind());
		put(fields, at + ".measure", b.measure());
		put(fields, at + ".unit", b.unit());
		if (b.baseline() != null) {
			benefitValue(fields, at + ".baseline", b.baseline());
		}
		keyed(b.planned(), BenefitValue::period).forEach((key, v) -> benefitValue(fields, at + ".planned[" + key + "]", v));
		keyed(b.realised(), BenefitValue::period).forEach((key, v) -> benefitValue(fields, at + ".realised[" + key + "]", v));
		put(fields, at + ".owner", b.owner());
		keyed(b.attributedTo(), Benefit.Attribution::force).forEach((key, a) -> {
			put(fields, at + ".attributedTo[" + key + "].force", a.force());
			put(fields, at + ".attributedTo[" + key + "].share", a.share());
		});
		put(fields, at + ".status", b.status());
		put(fields, at + ".note", b.note());
	}

	private static void benefitValue(Map<String, Object> fields, String at, BenefitValue v) {
		put(fields, at + ".period", v.period());
		put(fields, at + ".value", v.value());
		put(fields, at + ".evidence", v.evidence());
		put(fields, at + ".source", v.source());
		put(fields, at + ".confidence", v.confidence());
		put(fields, at + ".note", v.note());
	}

	/**
	 * The elements by what identifies them (their order kept); where the rules let two share a key (two values of
	 * one period, say), the later ones get {@code #2}, {@code #3}, ... so that none hides another.
	 */
	private static <T> Map<String, T> keyed(List<T> items, Function<T, String> key) {
		Map<String, T> byKey = new LinkedHashMap<>();
		for (T item : items) {
			if (item == null) {
				continue;
			}
			String k = String.valueOf(key.apply(item));
			String unique = k;
			for (int n = 2; byKey.containsKey(unique); n++) {
				unique = k + "#" + n;
			}
			byKey.put(unique, item);
		}
		return byKey;
	}

	/** A membership is known by its force and when it joined (absent: since the collaboration started). */
	static String membership(Membership m) {
		return "members[" + m.force() + (m.joined() == null ? "" : "@" + m.joined()) + "]";
	}

	private static void person(Map<String, Object> fields, Person p) {
		put(fields, "name", p.name());
		put(fields, "title", p.title());
		put(fields, "rank", p.rank());
		put(fields, "force", p.force());
		put(fields, "contact", p.contact());
		for (Person.Lead l : p.leads()) {
			String at = "leads[" + l.collaboration() + (l.from() == null ? "" : "@" + l.from()) + "]";
			put(fields, at + ".collaboration", l.collaboration());
			put(fields, at + ".from", l.from());
			put(fields, at + ".to", l.to());
		}
		for (Person.ContactRole r : p.contactFor()) {
			String at = "contactFor[" + r.collaboration() + (r.from() == null ? "" : "@" + r.from()) + "]";
			put(fields, at + ".collaboration", r.collaboration());
			put(fields, at + ".topics", sorted(r.topics()));
			put(fields, at + ".from", r.from());
			put(fields, at + ".to", r.to());
		}
	}

	/**
	 * The change from {@code before} to {@code after} (either null: the entity was created or deleted), each
	 * differing field with both values, personal fields of a person without them.
	 */
	static EntityChange diff(String key, Object before, Object after, JsonMapper json) {
		Map<String, Object> was = before == null ? Map.of() : of(before);
		Map<String, Object> is = after == null ? Map.of() : of(after);
		boolean person = (before != null ? before : after) instanceof Person;
		Set<String> paths = new LinkedHashSet<>(was.keySet());
		paths.addAll(is.keySet());
		List<FieldChange> changed = new ArrayList<>();
		for (String path : paths) {
			Object from = was.get(path);
			Object to = is.get(path);
			if (Objects.equals(from, to)) {
				continue;
			}
			changed.add(person && PERSONAL.contains(path) ? FieldChange.withheld(path)
					: FieldChange.of(path, from == null ? null : json.valueToTree(from),
							to == null ? null : json.valueToTree(to)));
		}
		String action = before == null ? "created" : after == null ? "deleted" : "updated";
		return new EntityChange(key, action, changed);
	}

	/**
	 * The forces whose editors see a change to this entity: those an editor acts for when it may make it
	 * ({@link EditRights}), as the entity was before and after. {@code collaborations} gives a lesson's
	 * collaboration as it was when the lesson changed.
	 */
	static Set<String> concerned(Object before, Object after, Map<String, Collaboration> collaborations) {
		Set<String> forces = new HashSet<>();
		for (Object state : new Object[] { before, after }) {
			switch (state) {
				case null -> {
				}
				case Force f -> forces.add(f.id());
				case Person p -> forces.add(p.force());
				case Collaboration c -> forces.addAll(EditRights.leaders(c));
				case Lesson l -> {
					Collaboration c = collaborations.get(l.collaboration());
					if (c != null) {
						forces.addAll(EditRights.members(c));
					}
				}
				default -> {
				}
			}
		}
		if (before instanceof Collaboration || after instanceof Collaboration) {
			// a member that is not a host or lead sees the changes to its own memberships and figures
			List<Membership> was = before == null ? List.of() : ((Collaboration) before).members();
			List<Membership> is = after == null ? List.of() : ((Collaboration) after).members();
			changedOnes(was, is).forEach(m -> forces.add(m.force()));
			List<Figure> wasFigures = before == null ? List.of() : ((Collaboration) before).figures();
			List<Figure> isFigures = after == null ? List.of() : ((Collaboration) after).figures();
			changedOnes(wasFigures, isFigures).forEach(g -> forces.add(g.force()));
		}
		forces.remove(null);
		return forces;
	}

	/** The elements in one list and not the other (a changed element is in neither unchanged). */
	private static <T> List<T> changedOnes(List<T> was, List<T> is) {
		List<T> changed = new ArrayList<>();
		was.stream().filter(x -> x != null && !is.contains(x)).forEach(changed::add);
		is.stream().filter(x -> x != null && !was.contains(x)).forEach(changed::add);
		return changed;
	}

	private static List<String> sorted(List<String> values) {
		return values == null || values.isEmpty() ? null : values.stream().filter(Objects::nonNull).sorted().toList();
	}

	private static void put(Map<String, Object> fields, String path, Object value) {
		if (value != null) {
			fields.put(path, value);
		}
	}
}
