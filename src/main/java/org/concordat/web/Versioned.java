package org.concordat.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;

/**
 * Answers carrying one entity, with its version as a strong {@code ETag} ({@code "12"}), the value to send
 * back as {@code If-Match} when changing it.
 */
public final class Versioned {

	private Versioned() {
	}

	public static <T> ResponseEntity<T> ok(T body, Long version) {
		return tagged(ResponseEntity.ok(), version).body(body);
	}

	public static <T> ResponseEntity<T> created(URI location, T body, Long version) {
		return tagged(ResponseEntity.created(location), version).body(body);
	}

	private static ResponseEntity.BodyBuilder tagged(ResponseEntity.BodyBuilder builder, Long version) {
		return version == null ? builder : builder.eTag(Long.toString(version));
	}
}
