package org.concordat.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.transaction.ReactiveTransaction;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * A write whose client goes away while its transaction commits (a browser closing, a proxy's timeout: WebFlux then
 * cancels the request's subscription) has still committed, so the analytics snapshot must still show it, as it
 * shows every committed write before the next look at the change log (which the tests switch off). One that fails
 * after its client has gone is logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class WriteLeftAtCommitTests extends ApiTest {

	private static final String LEFT_AND_FAILED = "A write whose client had left failed, with nobody waiting to be told";

	private static final String LATE_FAILURE = "a rule of the write refused it late";

	@Autowired
	private ReactiveNeo4jClient neo4j;

	@Autowired
	private ReactiveTransactionManager transactions;

	@Autowired
	private ObjectProvider<RegisterListener> listeners;

	@Autowired
	private ChangeLog changes;

	@Autowired
	private org.concordat.audit.AuditLog audit;

	@Autowired
	private EntityStates states;

	@Test
	void aWriteWhoseClientLeavesWhileItCommitsStillReachesTheSnapshot() throws InterruptedException {
		writeAcknowledgedLate(true);
	}

	/** The harness on its own: the same write, its client staying, reaches the snapshot through it. */
	@Test
	void aWriteWhoseCommitIsAcknowledgedLateReachesTheSnapshot() throws InterruptedException {
		writeAcknowledgedLate(false);
	}

	/**
	 * Nobody is left to answer, so the failure is logged (docs/integrity.md, "A write runs to its end"): here the
	 * write's own work fails 300 ms after its client has left, and nothing of it is committed.
	 */
	@Test
	void aWriteThatFailsAfterItsClientLeftIsLogged(CapturedOutput output) throws InterruptedException {
		CountDownLatch started = new CountDownLatch(1);
		Disposable request = writer().transaction(failingLate(started)).subscribe();
		assertThat(started.await(60, TimeUnit.SECONDS)).as("the write started").isTrue();
		request.dispose(); // the client leaves: its request's subscription is cancelled

		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!output.getAll().contains(LEFT_AND_FAILED) && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(output.getAll()).contains(LEFT_AND_FAILED).contains(LATE_FAILURE);
		assertThat(count("MATCH (f:Force {id: 'late'}) RETURN count(f) AS n")).as("nothing committed").isZero();
	}

	/** The harness on its own: the same failure, its client staying, reaches the client and is not logged. */
	@Test
	void aWriteThatFailsWhileItsClientWaitsIsAnsweredNotLogged(CapturedOutput output) {
		assertThatThrownBy(() -> writer().transaction(failingLate(new CountDownLatch(1))).block())
			.hasMessageContaining(LATE_FAILURE);
		assertThat(output.getAll()).doesNotContain(LEFT_AND_FAILED);
	}

	private RegisterWriter writer() {
		return new RegisterWriter(neo4j, TransactionalOperator.create(transactions), listeners, changes, audit, states);
	}

	/** Work that writes a force, then fails 300 ms after it has started (not a transient error: no retry). */
	private java.util.function.Function<WriteTransaction, Mono<Object>> failingLate(CountDownLatch started) {
		return write -> neo4j.query("CREATE (:Force {id: 'late', name: 'Late'})").run()
			.doOnSuccess(done -> started.countDown())
			.then(Mono.delay(Duration.ofMillis(300)))
			.then(Mono.error(new IllegalStateException(LATE_FAILURE)));
	}

	/** Writes the tiny register, its commit acknowledged 300 ms late; {@code leave}: the client leaves meanwhile. */
	private void writeAcknowledgedLate(boolean leave) throws InterruptedException {
		CountDownLatch committed = new CountDownLatch(1);
		CountDownLatch acknowledged = new CountDownLatch(1);
		// the database's own transaction manager; only its acknowledgement of the commit reaches the writer late,
		// so that the client can be gone by then, deterministically
		ReactiveTransactionManager acknowledgedLate = new ReactiveTransactionManager() {

			@Override
			public Mono<ReactiveTransaction> getReactiveTransaction(TransactionDefinition definition) {
				return transactions.getReactiveTransaction(definition);
			}

			@Override
			public Mono<Void> commit(ReactiveTransaction transaction) {
				return transactions.commit(transaction)
					.then(Mono.fromRunnable(committed::countDown))
					.then(Mono.delay(Duration.ofMillis(300)))
					.doFinally(signal -> acknowledged.countDown())
					.then();
			}

			@Override
			public Mono<Void> rollback(ReactiveTransaction transaction) {
				return transactions.rollback(transaction);
			}
		};
		RegisterWriter writer = new RegisterWriter(neo4j, TransactionalOperator.create(acknowledgedLate), listeners,
				changes, audit, states);

		Disposable request = writer.write(Fixtures.tinyRegister(), false).subscribe();
		assertThat(committed.await(60, TimeUnit.SECONDS)).as("the write committed").isTrue();
		if (leave) {
			request.dispose(); // the client leaves: its request's subscription is cancelled
		}
		assertThat(acknowledged.await(60, TimeUnit.SECONDS)).isTrue();

		assertThat(count("MATCH (f:Force {id: 'aford'}) RETURN count(f) AS n")).as("in the register").isEqualTo(1);
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (snapshots.current().force("aford") < 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(snapshots.current().force("aford")).as("in the analytics snapshot").isNotNegative();
	}
}
