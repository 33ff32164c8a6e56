package org.concordat.people;

import java.util.List;

/**
 * Someone to ask about a collaboration. The demo register holds roles only ({@code title}, {@code rank},
 * {@code force}); {@code name} and {@code contact} are for real registers and optional, and are personal data:
 * only {@code contact-viewer} and above see them ({@link #visibleTo}). {@code version} is the register's, as for
 * every entity.
 */
public record Person(String id, String name, String title, String rank, String force, String contact,
		List<Lead> leads, List<ContactRole> contactFor, Long version) {

	public Person {
		leads = leads == null ? List.of() : leads;
		contactFor = contactFor == null ? List.of() : contactFor;
	}

	/** A person as input describes them, without a version. */
	public Person(String id, String name, String title, String rank, String force, String contact, List<Lead> leads,
			List<ContactRole> contactFor) {
		this(id, name, title, rank, force, contact, leads, contactFor, null);
	}

	/** The canonical order of export: roles by collaboration, then from. */
	public Person sorted() {
		java.util.Comparator<String> dates = java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder());
		return new Person(id, name, title, rank, force, contact,
				leads.stream().sorted(java.util.Comparator.comparing(Lead::collaboration)
					.thenComparing(Lead::from, dates)).toList(),
				contactFor.stream().sorted(java.util.Comparator.comparing(ContactRole::collaboration)
					.thenComparing(ContactRole::from, dates)).toList(), version);
	}

	/**
	 * This person as shown below {@code contact-viewer}: their role (title, rank, force, what they lead and are a
	 * contact for) without their name and contact details.
	 */
	public Person withoutPersonalDetails() {
		return new Person(id, null, title, rank, force, null, leads, contactFor, version);
	}

	/** This person as the given principal may see them. */
	public Person visibleTo(org.concordat.security.Grants grants) {
		return grants.seesPersonalData() ? this : withoutPersonalDetails();
	}

	public Person withId(String newId) {
		return new Person(newId, name, title, rank, force, contact, leads, contactFor, version);
	}

	/** Leads a collaboration over a period (partial dates; {@code to} empty while it lasts). */
	public record Lead(String collaboration, String from, String to) {
	}

	/** Is a contact for a collaboration on some topics (function ids or lesson themes). */
	public record ContactRole(String collaboration, List<String> topics, String from, String to) {

		public ContactRole {
			topics = topics == null ? List.of() : topics;
		}
	}
}
