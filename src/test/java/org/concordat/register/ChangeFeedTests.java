package org.concordat.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.concordat.analytics.snapshot.SnapshotReader;
import org.concordat.analytics.snapshot.Snapshots;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.analytics.snapshot.storage.SnapshotAdvanceTests;
import org.concordat.analytics.snapshot.storage.SnapshotBuilder;
import org.concordat.entity.Entity;
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
	private org.concordat.audit.AuditLog audit;

	@Autowired
	private EntityStates states;

	@Autowired
	private SnapshotReader reader;

	/** The register writer of another instance: the same database, a change log of its own, nobody listening. */
	private RegisterWriter anotherInstance() {
		return new RegisterWriter(neo4j, transaction,
				new DefaultListableBeanFactory().getBeanProvider(RegisterListener.class), new ChangeLog("another"), audit,
				states);
	}

	private long newestChange() {
		return count("OPTIONAL MATCH (s:ChangeSequence {id: 'register'}) RETURN coalesce(s.seq, 0) AS n");
	}

	@Test
	void everyWriteIsNumberedAndTheSnapshotSaysUpToWhichItReflectsThem() {
		long before = newestChange();
		load(Fixtures.tinyRegister());
		assertThat(newestChange()).isEqualTo(before + 1);
		anotherInstance().write(Fixtures.tinyRegister(), false).block();
		assertThat(newestChange()).isEqualTo(before + 2);
		poll();
		assertThat(snapshots.state().position()).isEqualTo(before + 2);
		assertThat(snapshots.state().age()).isLessThan(Duration.ofSeconds(30));
	}

	/** The look at the log the holder takes every two seconds (off in the tests), taken now. */
	private Snapshots.Outcome poll() {
		return snapshots.catchUp().block(Duration.ofSeconds(30));
	}

	@Test
	void aWriteByAnotherInstanceReachesThisInstancesSnapshotByTheEntitiesItTouched() {
		poll();
		assertThat(snapshots.current().force("aford")).isNegative();
		anotherInstance().write(Fixtures.tinyRegister(), false).block();
		assertThat(snapshots.current().force("aford")).as("nobody told this instance directly").isNegative();
		assertThat(poll()).isEqualTo(Snapshots.Outcome.ADVANCED);
		assertThat(facts(snapshots.current())).isEqualTo(facts(rebuilt()));
		assertThat(snapshots.current().force("aford")).isNotNegative();
		assertThat(poll()).as("nothing new").isEqualTo(Snapshots.Outcome.NOTHING);
	}

	@Test
	void editsAndDeletionsByAnotherInstanceAreReadBackToo() {
		load(Fixtures.tinyRegister());
		poll();
		var alliance = Fixtures.alliance();
		var moved = alliance.withMembers(java.util.List.of(alliance.members().get(1),
				new org.concordat.collaboration.Membership("cford", "2013", null, "member", null, null)));
		anotherInstance().write(new RegisterDocument(java.util.List.of(), java.util.List.of(Fixtures.force("eford", "East")),
				java.util.List.of(moved), java.util.List.of(), java.util.List.of()), false).block();
		anotherInstance().transaction(write -> write.delete(Entity.LESSON, "mg-exit-terms")).block();
		assertThat(snapshots.current().lessons()).as("not yet").hasSize(1);
		assertThat(poll()).isEqualTo(Snapshots.Outcome.ADVANCED);
		assertThat(snapshots.current().lessons()).isEmpty();
		assertThat(snapshots.current().force("eford")).isNotNegative();
		assertThat(facts(snapshots.current())).isEqualTo(facts(rebuilt()));
	}

	@Test
	void aDeletionByAnotherInstanceTakesTheLinksOfWhatItDeletedWithItHereToo() {
		load(Fixtures.tinyRegister());
		var gone = new org.concordat.collaboration.Collaboration("gone", "Gone", "mutual aid agreement", "bilateral",
				null, "planned", null, null, null, null, null, java.util.List.of(), java.util.List.of(),
				java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.Map.of(),
				null, null, null, null, null);
		var dependent = new org.concordat.collaboration.Collaboration("dependent", "Dependent", "mutual aid agreement",
				"bilateral", null, "planned", null, null, null, null, null, java.util.List.of(), java.util.List.of(),
				java.util.List.of("gone"), java.util.List.of(), java.util.List.of(),
				java.util.List.of(new org.concordat.collaboration.Figure(null, "annual-cost", 1_000.0, "per year", "2020",
						"goneford", "https://example.org/dependent", null, null)),
				java.util.Map.of(), null, null, null, null, null);
		var lead = new org.concordat.people.Person("lead", "Head of Gone", null, null, "aford", null,
				java.util.List.of(new org.concordat.people.Person.Lead("gone", null, null)),
				java.util.List.of(new org.concordat.people.Person.ContactRole("gone", java.util.List.of(), null, null)), null);
		var teller = new org.concordat.people.Person("teller", "Teller", null, null, "aford", null, null, null, null);
		var told = new org.concordat.lessons.Lesson("told", "Told", "What was learned", "withdrawal", null,
				"https://example.org/told", "mg", "teller", null);
		anotherInstance().write(new RegisterDocument(java.util.List.of(), java.util.List.of(Fixtures.force("goneford", "East")),
				java.util.List.of(gone, dependent), java.util.List.of(lead, teller), java.util.List.of(told)), false).block();
		poll();
		// each takes links of other entities with it: a dependency, a lead and a contact role, a figure's force, a teller
		anotherInstance().transaction(write -> write.delete(Entity.COLLABORATION, "gone")).block();
		anotherInstance().transaction(write -> write.delete(Entity.FORCE, "goneford")).block();
		anotherInstance().transaction(write -> write.delete(Entity.PERSON, "teller")).block();
		assertThat(poll()).isEqualTo(Snapshots.Outcome.ADVANCED);
		assertThat(SnapshotAdvanceTests.dump(snapshots.current())).isEqualTo(SnapshotAdvanceTests.dump(rebuilt()));
	}

	@Test
	void aReplacingImportByAnotherInstanceIsReadWhole() {
		load(Fixtures.tinyRegister());
		poll();
		anotherInstance().write(Fixtures.tinyRegister(), true).block();
		assertThat(poll()).isEqualTo(Snapshots.Outcome.REBUILT);
	}

	@Test
	void changesDroppedFromTheLogBeforeThisInstanceReadThemMeanARebuild() {
		poll();
		long before = newestChange();
		anotherInstance().write(Fixtures.tinyRegister(), false).block();
		anotherInstance().write(Fixtures.tinyRegister(), false).block();
		count("MATCH (c:Change {seq: " + (before + 1) + "}) DELETE c RETURN count(*)");
		assertThat(poll()).isEqualTo(Snapshots.Outcome.REBUILT);
		assertThat(snapshots.current().force("aford")).isNotNegative();
	}

	@Test
	void aNumberReadBeforeTheChangeItNumbersIsReplayedAtTheNextLookNotSkipped() {
		poll();
		long before = newestChange();
		anotherInstance().write(Fixtures.tinyRegister(), false).block();
		anotherInstance().write(RegisterDocument.ofForces(java.util.List.of(Fixtures.force("eford", "East"))), false)
			.block();
		// as a reader meets it while Neo4j is still making the second write's records visible: the sequence
		// already numbered, the change it numbers not yet there
		count("MATCH (c:Change {seq: " + (before + 2) + "}) REMOVE c:Change SET c:NotYetVisible RETURN count(*)");
		assertThat(poll()).isEqualTo(Snapshots.Outcome.ADVANCED);
		assertThat(snapshots.state().position()).isEqualTo(before + 1);
		count("MATCH (c:NotYetVisible) REMOVE c:NotYetVisible SET c:Change RETURN count(*)");
		assertThat(poll()).isEqualTo(Snapshots.Outcome.ADVANCED);
		assertThat(snapshots.state().position()).isEqualTo(before + 2);
		assertThat(snapshots.current().force("eford")).isNotNegative();
		assertThat(facts(snapshots.current())).isEqualTo(facts(rebuilt()));
	}

	@Test
	void aChangeRecordedWithoutItsIdsByAnOlderVersionMeansARebuild() {
		poll();
		count("""
				MERGE (s:ChangeSequence {id: 'register'}) ON CREATE SET s.epoch = randomUUID()
				SET s.seq = coalesce(s.seq, 0) + 1
				CREATE (:Change {seq: s.seq, at: datetime(), instance: 'older', rebuild: false})
				RETURN count(*)""");
		assertThat(poll()).isEqualTo(Snapshots.Outcome.REBUILT);
	}

	private RegisterSnapshot rebuilt() {
		return SnapshotBuilder.build(1, reader.read());
	}

	/** What the snapshot holds, by id (an advanced snapshot numbers new entities after the old ones). */
	private static java.util.SortedSet<String> facts(RegisterSnapshot s) {
		java.util.SortedSet<String> facts = new java.util.TreeSet<>();
		for (int f = 0; f < s.forceCount(); f++) {
			facts.add(String.join("|", "force", s.forceId(f), s.forceProfile(f).name(), s.region(f)));
		}
		for (int c = 0; c < s.collabCount(); c++) {
			var x = s.collab(c);
			facts.add(java.util.Arrays.asList("collaboration", x.id(), x.name(), x.kind(), x.status(), x.started(),
					x.ended(), x.annualCost(), s.figuresOf(c), java.util.Arrays.stream(x.functions()).mapToObj(s::functionId).sorted().toList(),
					s.lessonsOf(c).size())
				.toString());
			for (int m = s.firstMembership(c); m < s.endMembership(c); m++) {
				facts.add(java.util.Arrays.asList("member", x.id(), s.forceId(s.memberForce(m)), s.joined(m), s.left(m),
						s.role(m), s.share(m)).toString());
			}
		}
		s.lessons().forEach(l -> facts.add("lesson|" + l.id() + "|" + l.theme()));
		facts.add("roles " + s.roles().size());
		return facts;
	}
}
