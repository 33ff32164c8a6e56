package org.concordat.analytics.snapshot;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.concordat.register.ChangeLog;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads the {@link ChangeLog}: where it stands (its newest sequence number and its epoch, a random name a log
 * started afresh changes) and the changes recorded after a position, oldest first. One small read
 * transaction, which a routing driver sends to a follower or read replica.
 */
@Component
public class ChangeFeed {

	// (written as list expressions: an ORDER BY, CASE or CALL around the changes here tripped the 2026.08 planner)
	private static final String READ = """
			OPTIONAL MATCH (s:ChangeSequence {id: 'register'})
			WITH coalesce(s.seq, 0) AS newest, coalesce(s.epoch, '') AS epoch
			OPTIONAL MATCH (c:Change) WHERE c.seq > $after AND c.seq <= newest
			WITH newest, epoch, collect(c) AS changes
			RETURN newest, epoch, [x IN changes | {seq: x.seq, at: x.at, instance: x.instance, rebuild: x.rebuild,
			  functions: x.functions, forces: x.forces, collaborations: x.collaborations, people: x.people,
			  lessons: x.lessons}] AS changes""";

	/** One recorded change; {@code ids} is null when it was recorded without them (by an older version). */
	public record Change(long seq, Instant at, String instance, boolean rebuild, Map<String, Object> ids) {
	}

	/** The log as read: its newest number, its epoch, and the changes after the position asked about. */
	public record LogRead(long newest, String epoch, List<Change> changes) {

		/** Whether changes after {@code position} were dropped from the log (it keeps only the newest). */
		boolean missesChangesAfter(long position) {
			long first = changes.isEmpty() ? newest + 1 : changes.get(0).seq();
			return first > position + 1 && newest > position;
		}

		/**
		 * This read cut to the unbroken run of changes after {@code position}: the log's newest number may be read
		 * before the change it numbers, as Neo4j makes a committing transaction's records visible one by one
		 * (neo4j/neo4j#12082), and a change skipped so would never be replayed. The rest is read at the next look.
		 */
		LogRead unbrokenAfter(long position) {
			long reached = position;
			for (Change c : changes) {
				if (c.seq() != reached + 1) {
					break;
				}
				reached = c.seq();
			}
			long last = reached;
			return last == newest ? this
					: new LogRead(last, epoch, changes.stream().filter(c -> c.seq() <= last).toList());
		}
	}

	private final ReactiveNeo4jClient neo4j;

	private final ChangeLog log;

	ChangeFeed(ReactiveNeo4jClient neo4j, ChangeLog log) {
		this.neo4j = neo4j;
		this.log = log;
	}

	/** This instance's name in the log. */
	public String instance() {
		return log.instance();
	}

	/** The log, with the changes recorded after {@code position}. */
	public Mono<LogRead> after(long position) {
		return neo4j.query(READ).bindAll(Map.of("after", position))
			.fetchAs(LogRead.class)
			.mappedBy((types, r) -> new LogRead(r.get("newest").asLong(), r.get("epoch").asString(),
					r.get("changes").asList(v -> new Change(v.get("seq").asLong(),
							v.get("at").isNull() ? null : v.get("at").asZonedDateTime().toInstant(),
							v.get("instance").isNull() ? null : v.get("instance").asString(),
							!Boolean.FALSE.equals(v.get("rebuild").isNull() ? null : v.get("rebuild").asBoolean()),
							v.get("functions").isNull() ? null : v.asMap()))
						.stream().sorted(Comparator.comparingLong(Change::seq)).toList()))
			.one();
	}
}
