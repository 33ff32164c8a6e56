package org.concordat.web;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * HTTP on the addresses listed in {@code concordat.server.more-addresses} besides {@code server.address}, e.g.
 * loopback and one internal interface rather than every interface ({@code 0.0.0.0}). Reactor Netty binds a server
 * to one address, so each further address gets a server of its own on the same port, made by the application's
 * server factory (so with its TLS, compression and limits) and serving the same handler (so the same security,
 * headers and routes); started once the main server has its port, stopped with the application.
 */
@Component
@ConditionalOnProperty("concordat.server.more-addresses")
class MoreAddresses {

	private final List<InetAddress> addresses;

	private final NettyReactiveWebServerFactory factory;

	private final ObjectProvider<HttpHandler> handler;

	private final List<WebServer> servers = new ArrayList<>();

	MoreAddresses(@Value("${concordat.server.more-addresses}") List<InetAddress> addresses,
			NettyReactiveWebServerFactory factory, ObjectProvider<HttpHandler> handler) {
		InetAddress main = factory.getAddress();
		if (main == null || main.isAnyLocalAddress()) { // it already takes every interface, the others' port too
			throw new IllegalStateException("concordat.server.more-addresses is set, but server.address is "
					+ (main == null ? "not set" : main.getHostAddress())
					+ ", which listens on every interface already: set server.address to one address, or drop "
					+ "concordat.server.more-addresses");
		}
		this.addresses = addresses;
		this.factory = factory;
		this.handler = handler;
	}

	@EventListener
	synchronized void serve(ReactiveWebServerInitializedEvent started) {
		if (started.getApplicationContext().getServerNamespace() != null) { // the management server, when it has a port of its own
			return;
		}
		InetAddress address = factory.getAddress();
		int port = factory.getPort();
		try {
			factory.setPort(started.getWebServer().getPort());
			for (InetAddress more : addresses) {
				factory.setAddress(more);
				WebServer server = factory.getWebServer(handler.getObject());
				server.start();
				servers.add(server);
			}
		}
		finally { // the factory is the application's: leave it as it was
			factory.setAddress(address);
			factory.setPort(port);
		}
	}

	@PreDestroy
	synchronized void stop() {
		servers.forEach(WebServer::stop);
	}
}
