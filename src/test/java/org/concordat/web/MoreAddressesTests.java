package org.concordat.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;

import org.concordat.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** HTTP on server.address (127.0.0.1) and one more address (127.0.0.2: the whole of 127/8 is loopback), no other. */
// a context of its own, so a database of its own (the shared context's holds target/neo4j-test), closed after
@TestPropertySource(properties = { "concordat.server.more-addresses=127.0.0.2",
		"concordat.embedded.home=target/neo4j-test-more-addresses" })
@DirtiesContext
class MoreAddressesTests extends ApiTest {

	@LocalServerPort
	private int port;

	@Test
	void theServerAnswersOnEachConfiguredAddressWithTheSameSecurityAndNowhereElse() {
		WebTestClient more = WebTestClient.bindToServer().baseUrl("http://127.0.0.2:" + port).build();
		more.get().uri("/healthz").exchange().expectStatus().isOk()
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
		more.get().uri("/api/forces").exchange().expectStatus().isUnauthorized();
		web.get().uri("/api/forces").exchange().expectStatus().isOk();
		assertThatThrownBy(() -> {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.3"), port), 2_000);
			}
		}).isInstanceOf(ConnectException.class);
	}

	@Test
	void moreAddressesBesideEveryInterfaceAreRefusedSayingWhy() throws Exception {
		var everywhere = new org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory(0);
		everywhere.setAddress(InetAddress.getByName("0.0.0.0"));
		assertThatThrownBy(() -> new MoreAddresses(List.of(InetAddress.getByName("127.0.0.2")), everywhere, null))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("server.address is 0.0.0.0");
	}
}
