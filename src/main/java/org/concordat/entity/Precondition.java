package org.concordat.entity;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.concordat.web.FieldError;
import org.concordat.web.InvalidInputException;
import org.concordat.web.PreconditionFailedException;
import org.concordat.web.PreconditionRequiredException;
import org.springframework.http.ETag;

/**
 * Which versions of an entity a change may be made to: optimistic concurrency. Every entity carries the
 * version the register gave it, the number of the last write that changed it in the change log
 * (the register's change log), so versions only ever grow and an entity deleted and created again never comes back at
 * a version a client read before. {@code GET} answers it as a strong {@code ETag} ({@code "12"}) and in the
 * body ({@code version}); {@code PUT} and {@code DELETE} send it back as {@code If-Match} (or, for a
 * {@code PUT}, as {@code version} in the body), and a change to any other version is refused (412).
 *
 * @param field where the client said it: {@code If-Match} or {@code version}
 * @param any {@code If-Match: *}, or a write that needs no version: any current version will do
 * @param versions the versions the client will accept (empty when only weak or foreign tags were sent, which
 * never match: If-Match compares strongly, RFC 9110 13.1.1)
 */
public record Precondition(String field, boolean any, Set<Long> versions) {

	static final String IF_MATCH = "If-Match";

	/** For writes that are safe whatever the version, because their rules are checked inside the transaction. */
	public static final Precondition NONE = new Precondition(IF_MATCH, true, Set.of());

	/**
	 * A {@code PUT} or {@code DELETE}: the version the client read, from {@code If-Match} or the body's
	 * {@code version}; 428 with neither, 400 when the header is not an entity tag or the two disagree.
	 */
	public static Precondition required(String ifMatch, Long bodyVersion) {
		if (ifMatch == null && bodyVersion == null) {
			throw new PreconditionRequiredException("send the version you last read, the ETag of GET, as If-Match "
					+ "(or as version in a PUT's body), so that a change made since is not overwritten");
		}
		if (ifMatch == null) {
			return new Precondition("version", false, Set.of(bodyVersion));
		}
		Precondition header = ifMatch(ifMatch);
		if (bodyVersion != null && !header.admits(bodyVersion)) {
			throw new InvalidInputException("version", "is " + bodyVersion + " but If-Match says " + ifMatch);
		}
		return header;
	}

	/** A sub-resource write (a join, a withdrawal): If-Match is checked when sent, not required. */
	public static Precondition optional(String ifMatch) {
		return ifMatch == null ? NONE : ifMatch(ifMatch);
	}

	private static Precondition ifMatch(String header) {
		List<ETag> tags = ETag.parse(header);
		if (tags.isEmpty()) {
			throw new InvalidInputException(IF_MATCH, "must be an entity tag such as \"12\" (quotes included) or *");
		}
		Set<Long> versions = new TreeSet<>();
		for (ETag tag : tags) {
			if (tag.isWildcard()) {
				return new Precondition(IF_MATCH, true, Set.of());
			}
			if (!tag.weak() && tag.tag().matches("\\d{1,18}")) {
				versions.add(Long.parseLong(tag.tag()));
			}
		}
		return new Precondition(IF_MATCH, false, versions);
	}

	public boolean admits(long current) {
		return any || versions.contains(current);
	}

	/** Throws 412 unless the {@code noun} {@code id}, now at {@code current}, may be changed. */
	public void check(String noun, String id, long current) {
		if (!admits(current)) {
			throw new PreconditionFailedException(new FieldError(field, "you read " + noun + " '" + id + "' at "
					+ said() + " but it is now at version " + current + "; read it again and reapply your change"),
					current);
		}
	}

	private String said() {
		return versions.isEmpty() ? "no version of this register" : versions.size() == 1
				? "version " + versions.iterator().next() : "one of versions " + versions;
	}

	/** The entity tag of a version, as {@code GET} answers it. */
	public static String etag(long version) {
		return "\"" + version + "\"";
	}
}
