package org.concordat;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * How tests sign in: the first admin's password is known ({@link #ADMIN_PASSWORD}, set as
 * {@code concordat.security.admin-password} by {@link ApiTest}), and every WebTestClient the tests are given
 * sends it with HTTP Basic. A test that is about access asks {@link ApiTest} for an anonymous client or one
 * signed in with a given role instead.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSignIn {

	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "test-admin-password";

	@Bean
	WebTestClientBuilderCustomizer signedInAsAdmin() {
		return builder -> builder.defaultHeaders(headers -> headers.setBasicAuth(ADMIN, ADMIN_PASSWORD));
	}
}
