package org.concordat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class CorsConfigurationTests {

	private static SecuritySettings withOrigins(List<String> origins) {
		return new SecuritySettings(false, null, false, Duration.ofMinutes(1),
				new SecuritySettings.SignIn(5, Duration.ofMinutes(15)),
				new SecuritySettings.Claims("preferred_username", "roles", "forces", null),
				new SecuritySettings.Cors(origins), new SecuritySettings.Tokens(Duration.ofDays(1), Duration.ofDays(2)));
	}

	private static MockServerWebExchange apiRequest() {
		return MockServerWebExchange.from(MockServerHttpRequest.get("/api/forces").header("Origin", "https://intranet.example"));
	}

	@Test
	void noOriginIsAllowedUnlessConfigured() {
		var source = new WebSecurityConfiguration().corsConfiguration(withOrigins(List.of()));
		assertThat(source.getCorsConfiguration(apiRequest())).isNull();
	}

	@Test
	void configuredOriginsMayCallTheApiWithoutCookies() {
		var source = new WebSecurityConfiguration().corsConfiguration(withOrigins(List.of("https://intranet.example")));
		var api = source.getCorsConfiguration(apiRequest());
		assertThat(api).isNotNull();
		assertThat(api.checkOrigin("https://intranet.example")).isEqualTo("https://intranet.example");
		assertThat(api.checkOrigin("https://elsewhere.example")).isNull();
		assertThat(api.getAllowCredentials()).isFalse();
		assertThat(api.getAllowedHeaders()).contains("Authorization", "Content-Type");
	}
}
