package org.concordat.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.concordat.analytics.snapshot.ChangeFeed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/** Two API instances on one database: what one writes reaches the other's snapshot through the change log. */
class ChangeFeedTests extends ApiTest {

	@Autowired
	private ReactiveNeo4jClient neo4j;

	@Autowired
	private TransactionalOperator transaction;

	@Autowired
	private ChangeFeed feed;

	/** The register writer of another instance: the same database, a change log of its own, nobody listening. */
	private RegisterWriter anotherInstance() {
		return new RegisterWriter(neo4j, transaction,
				new DefaultListableBeanFactory().getBeanProvider(RegisterListener.class), new ChangeLog("another"));
	}

	private long newestChange() {
		return count("OPTIONAL MATCH (s:ChangeSequence {id: 'register'}) RETURN coalesce(s.seq, 0) AS n");
	}

	@Test
	void everyWriteIsNumberedAndOnlyOtherInstancesWritesCountAsForeign() {
		long before = newestChange();
		load(Fixtures.tinyRegister());
		assertThat(newestChange()).isEqualTo(before + 1);
		assertThat(feed.foreignChangesSince(before).block()).isZero();
		anotherInstance().write(Fixtures.tinyRegister(), false).block();
		assertThat(newestChange()).isEqualTo(before + 2);
		assertThat(feed.foreignChangesSince(before).block()).isEqualTo(1);
	}

	@Test
	void aWriteByAnotherInstanceReachesThisInstancesSnapshot() throws InterruptedException {
		assertThat(snapshots.current().force("aford")).isNegative();
		anotherInstance().write(Fixtures.tinyRegister(), false).block();
		assertThat(snapshots.current().force("aford")).as("nobody told this instance directly").isNegative();
		feed.poll().block(Duration.ofSeconds(30)); // the poll the feed runs every two seconds, run now
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (snapshots.current().force("aford") < 0 && System.nanoTime() < deadline) {
			Thread.sleep(50); // the background poll may have taken the change first and still be rebuilding
		}
		assertThat(snapshots.current().force("aford")).isNotNegative();
	}
}
