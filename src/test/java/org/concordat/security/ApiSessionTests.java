package org.concordat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.concordat.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;
import org.springframework.web.server.session.WebSessionStore;
import reactor.core.publisher.Mono;

/**
 * An API client signs every request with its Authorization header: it has no web session, and none is made for it
 * to be thrown away (each cost a {@code SecureRandom} id and two thread hops). A browser's session is still read.
 */
class ApiSessionTests extends ApiTest {

	@Autowired
	private WebSessionManager sessions;

	private WebSessionStore store;

	private final AtomicInteger made = new AtomicInteger();

	/** The application's store, counting the sessions it makes. */
	@BeforeEach
	void countSessionsMade() {
		DefaultWebSessionManager manager = (DefaultWebSessionManager) sessions;
		store = manager.getSessionStore();
		manager.setSessionStore(new WebSessionStore() {
			@Override
			public Mono<WebSession> createWebSession() {
				made.incrementAndGet();
				return store.createWebSession();
			}

			@Override
			public Mono<WebSession> retrieveSession(String sessionId) {
				return store.retrieveSession(sessionId);
			}

			@Override
			public Mono<Void> removeSession(String sessionId) {
				return store.removeSession(sessionId);
			}

			@Override
			public Mono<WebSession> updateLastAccessTime(WebSession webSession) {
				return store.updateLastAccessTime(webSession);
			}
		});
	}

	@AfterEach
	void restoreTheStore() {
		((DefaultWebSessionManager) sessions).setSessionStore(store);
	}

	@Test
	void aRequestSignedWithBasicIsGivenNoWebSession() {
		web.get().uri("/api/analytics/status").exchange().expectStatus().isOk();
		web.get().uri("/api/forces").exchange().expectStatus().isOk();
		assertThat(made).as("sessions made for two signed API requests").hasValue(0);
	}

	@Test
	void aRequestNamingASessionHasItLookedUp() {
		// an unknown (say expired) session: looked up, not found, so a fresh one stands in, and the request is refused
		anonymous().get().uri("/api/forces").cookie("SESSION", "no-such-session").exchange()
			.expectStatus().isUnauthorized();
		assertThat(made).as("sessions made for a request naming an unknown one").hasValue(1);
	}
}
