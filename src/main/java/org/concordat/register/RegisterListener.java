package org.concordat.register;

import reactor.core.publisher.Mono;

/**
 * Told of every committed write before the write's response is sent, so a client that wrote something
 * reads it back from every view of the register, the analytics snapshot included.
 */
public interface RegisterListener {

	Mono<Void> registerChanged(RegisterChanged change);
}
