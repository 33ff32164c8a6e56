package org.concordat.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The database away or too slow, found among an error's causes: what is answered 503 with {@code Retry-After},
 * whether the error came from a controller ({@link ProblemResponses}) or from before one, such as the sign-in
 * that looks up a local account ({@link DatabaseTroubleHandler}). Nothing the client did, and worth trying again
 * shortly; nothing was written.
 * <ul>
 * <li><em>unavailable</em>: the driver could not connect ({@code spring.neo4j.connection-timeout}), its session
 * expired, or no pooled connection came free in time ({@code spring.neo4j.pool.connection-acquisition-timeout};
 * the driver gives that client error a {@link TimeoutException} as cause);
 * <li><em>timed out</em>: the database ended a transaction that ran past
 * {@code concordat.neo4j.transaction-timeout}, for example one waiting for a lock another client held that long.
 * </ul>
 * Spring Data translates these driver errors into the same type as transient ones (deadlocks), so they are
 * recognised by the driver's own types.
 */
record DatabaseTrouble(String title, String reason, String logged) {

	private static final Logger log = LoggerFactory.getLogger(DatabaseTrouble.class);

	/** A restarting database is usually back within seconds; the driver reconnects on the next request. */
	static final int RETRY_AFTER_SECONDS = 5;

	/** What Neo4j answers when it ends a transaction at its timeout (while running, or waiting for a lock). */
	private static final Set<String> TIMED_OUT = Set.of("Neo.ClientError.Transaction.TransactionTimedOut",
			"Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
			"Neo.ClientError.Transaction.LockClientStopped");

	/** The database trouble among the error and its causes, if it is one. */
	static Optional<DatabaseTrouble> of(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof ClientException && t.getCause() instanceof TimeoutException) {
				return Optional.of(new DatabaseTrouble("Database unavailable",
						"the register's database cannot be reached; try again in " + RETRY_AFTER_SECONDS + " s",
						"Database unavailable: " + t.getMessage()));
			}
			if (t instanceof ClientException client && TIMED_OUT.contains(client.code())) {
				return Optional.of(new DatabaseTrouble("Database timed out",
						"the register's database did not finish this request in time; nothing was changed; try again in "
								+ RETRY_AFTER_SECONDS + " s",
						"Database transaction timed out: " + client.code()));
			}
		}
		return Optional.empty();
	}

	List<FieldError> errors() {
		return List.of(new FieldError("database", reason));
	}

	/** Logged when answered: an operator wants to know, and it names no one's data. */
	void log() {
		log.warn(logged);
	}

	/** The 503 problem+json with Retry-After. */
	ResponseEntity<ProblemDetail> answer() {
		log();
		ResponseEntity<ProblemDetail> problem = ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, title, errors());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem.getBody());
	}
}
