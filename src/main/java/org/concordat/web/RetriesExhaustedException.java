package org.concordat.web;

/**
 * A write met Neo4j's transient errors (a deadlock, a lock that could not be had in time, a cluster leader
 * that changed) on every try: nothing was written, and the client may send it again. Answered 503 with
 * {@code Retry-After}.
 */
public class RetriesExhaustedException extends RuntimeException {

	private final int attempts;

	public RetriesExhaustedException(int attempts, Throwable last) {
		super("the register could not take the write after " + attempts + " tries: " + last.getMessage(), last);
		this.attempts = attempts;
	}

	public int attempts() {
		return attempts;
	}
}
