package org.concordat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.server.WebFilterChain;

/**
 * Whatever a request's chain does (a write, say) can learn who is acting and through which endpoint, from the
 * reactive contexts alone: {@link EndpointContext} and Spring Security put them there, {@link Actor} reads them.
 */
class ActorTests {

	@Test
	void theActorIsThePrincipalOfTheSecurityContextAndTheEndpointOfTheRequest() {
		AtomicReference<Actor> seen = new AtomicReference<>();
		WebFilterChain handler = exchange -> Actor.current().doOnNext(seen::set).then();
		var exchange = MockServerWebExchange.from(MockServerHttpRequest.put("/api/people/mg-lead?x=1"));
		var editor = UsernamePasswordAuthenticationToken.authenticated("kent-editor", null,
				Grants.authorities(List.of(Role.EDITOR), List.of("kent")));

		new EndpointContext().filter(exchange, handler)
			.contextWrite(ReactiveSecurityContextHolder.withAuthentication(editor))
			.block();

		assertThat(seen.get().name()).isEqualTo("kent-editor");
		assertThat(seen.get().via()).isEqualTo("password");
		assertThat(seen.get().endpoint()).isEqualTo("PUT /api/people/mg-lead");
		assertThat(seen.get().grants().forces()).containsExactly("kent");
		assertThat(seen.get().grants().has(Role.CONTACT_VIEWER)).isTrue();
		assertThat(seen.get().grants().has(Role.ADMIN)).isFalse();
	}

	@Test
	void outsideAnyRequestNobodyIsActing() {
		Actor actor = Actor.current().block();
		assertThat(actor.grants()).isEqualTo(Grants.NONE);
		assertThat(actor.endpoint()).isEqualTo("none");
	}

	@Test
	void rolesIncludeTheOnesBeforeThemAndOperatorStandsApart() {
		assertThat(Role.EDITOR.reachable()).containsExactlyInAnyOrder(Role.VIEWER, Role.CONTACT_VIEWER, Role.EDITOR);
		assertThat(Role.OPERATOR.reachable()).containsExactly(Role.OPERATOR);
		assertThat(Role.ADMIN.reachable()).contains(Role.OPERATOR, Role.EDITOR);
		assertThat(Role.fromLabel("Contact_Viewer")).contains(Role.CONTACT_VIEWER);
		assertThat(Role.fromLabel("sheriff")).isEmpty();
	}

	@Test
	void claimsGrantRolesByLabelOrByTheConfiguredValuesAndForcesFromTheirClaim() {
		var settings = new SecuritySettings(false, null, false, java.time.Duration.ofMinutes(1),
				new SecuritySettings.SignIn(5, java.time.Duration.ofMinutes(15)),
				new SecuritySettings.Claims("preferred_username", "realm_access.roles", "concordat_forces",
						java.util.Map.of("admin", List.of("Concordat-Admins"))),
				new SecuritySettings.Cors(null), new SecuritySettings.Tokens(java.time.Duration.ofDays(1),
						java.time.Duration.ofDays(2)));
		var mapping = new ClaimsMapping(settings);
		var grants = Grants.of(UsernamePasswordAuthenticationToken.authenticated("x", null, mapping.authorities(
				java.util.Map.of("realm_access", java.util.Map.of("roles", List.of("offline_access", "editor")),
						"concordat_forces", "Kent essex"))));
		assertThat(grants.roles()).containsExactlyInAnyOrder(Role.VIEWER, Role.CONTACT_VIEWER, Role.EDITOR);
		assertThat(grants.forces()).containsExactly("essex", "kent");
		var admin = Grants.of(UsernamePasswordAuthenticationToken.authenticated("y", null, mapping.authorities(
				java.util.Map.of("realm_access", java.util.Map.of("roles", List.of("concordat-admins"))))));
		assertThat(admin.has(Role.ADMIN)).isTrue();
		assertThat(mapping.name(java.util.Map.of("sub", "s-1"))).isEqualTo("s-1");
	}

}
