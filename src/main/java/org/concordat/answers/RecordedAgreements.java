package org.concordat.answers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.concordat.agreement.RecordedAgreement;
import org.concordat.collaboration.CollaborationRepository;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Collaborations' recorded agreements (terms, cost sharing, budgets), read from the register without their members
 * ({@link CollaborationRepository#agreements}) and kept by the snapshot version at which they were asked for, so
 * that a new version (any committed write) is read afresh. The withdrawal answer needs those of a force's
 * collaborations on every request (the business case, its one collaboration's): reading them whole each time made it 41 times the trivial endpoint's p99 at
 * national scale (docs/scaling.md). Kept here, bounded, rather than in the snapshot: at national scale, where half
 * the collaborations record a budget, the snapshot would grow from 94 to 124 bytes a membership (JOL), past the
 * 96 it is held to. Read at a version, an agreement may already show a write the snapshot has not yet advanced
 * to (milliseconds); the answer's stamp says which version its memberships are.
 */
@Component
public class RecordedAgreements {

	private final CollaborationRepository register;

	/**
	 * A collaboration at a snapshot version: the cache's key, a record rather than a string joined per lookup (one for
	 * each of a force's collaborations on every request), whose hash reuses the id's own.
	 */
	private record Key(long version, String id) {
	}

	private final Cache<Key, RecordedAgreement> byVersionAndId = Caffeine.newBuilder().maximumSize(20_000).build();

	RecordedAgreements(CollaborationRepository register) {
		this.register = register;
	}

	/** The agreements of the collaborations {@code ids} that exist, by id, for snapshot {@code version}. */
	public Mono<Map<String, RecordedAgreement>> of(long version, List<String> ids) {
		Map<String, RecordedAgreement> found = new HashMap<>();
		List<String> missing = new ArrayList<>();
		for (String id : ids) {
			RecordedAgreement kept = byVersionAndId.getIfPresent(new Key(version, id));
			if (kept != null) {
				found.put(id, kept);
			}
			else {
				missing.add(id);
			}
		}
		if (missing.isEmpty()) {
			return Mono.just(found);
		}
		return register.agreements(missing).doOnNext(a -> byVersionAndId.put(new Key(version, a.collaboration()), a))
			.collectList().map(read -> {
				read.forEach(a -> found.put(a.collaboration(), a));
				return found;
			});
	}
}
