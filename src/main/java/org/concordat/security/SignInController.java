package org.concordat.security;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sign-in page (built with the explorer, {@code frontend/signin.html}) and what it offers: the local
 * accounts' form, and a link per identity provider configured for OpenID Connect.
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
class SignInController {

	private final ObjectProvider<ReactiveClientRegistrationRepository> clients;

	private final SecuritySettings settings;

	SignInController(ObjectProvider<ReactiveClientRegistrationRepository> clients, SecuritySettings settings) {
		this.clients = clients;
		this.settings = settings;
	}

	@Hidden // a page, not part of the API
	@GetMapping(WebSecurityConfiguration.SIGN_IN)
	ResponseEntity<Resource> page() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noStore())
			.body(new ClassPathResource("static/signin.html"));
	}

	/** How one may sign in here; public, as the sign-in page needs it before anyone is signed in. */
	@GetMapping("/api/sign-in")
	SignInOptions options() {
		List<Provider> providers = new ArrayList<>();
		if (clients.getIfAvailable() instanceof Iterable<?> registrations) {
			for (Object each : registrations) {
				ClientRegistration registration = (ClientRegistration) each;
				providers.add(new Provider(registration.getClientName(),
						"/oauth2/authorization/" + registration.getRegistrationId()));
			}
		}
		return new SignInOptions(true, providers, settings.publicRead());
	}

	/**
	 * @param localAccounts the form for accounts kept here (username and password)
	 * @param providers identity providers to sign in with, each a link that starts the sign-in
	 * @param publicRead whether the register can be read without signing in
	 */
	record SignInOptions(boolean localAccounts, List<Provider> providers, boolean publicRead) {
	}

	record Provider(String name, String url) {
	}
}
