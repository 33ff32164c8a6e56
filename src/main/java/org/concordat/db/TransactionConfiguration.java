package org.concordat.db;

import java.time.Duration;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.ReactiveDatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.ReactiveNeo4jTransactionManager;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/** Boot 4 does not declare a reactive transaction manager for Neo4j; every multi-statement write needs one. */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

	@Bean
	ReactiveNeo4jTransactionManager reactiveTransactionManager(Driver driver,
			ReactiveDatabaseSelectionProvider databaseSelectionProvider) {
		return ReactiveNeo4jTransactionManager.with(driver).withDatabaseSelectionProvider(databaseSelectionProvider).build();
	}

	/**
	 * Every write transaction carries a timeout the database enforces ({@code concordat.neo4j.transaction-timeout},
	 * whole seconds), so a transaction that cannot finish is ended rather than holding its locks and its client.
	 */
	@Bean
	TransactionalOperator transactionalOperator(ReactiveTransactionManager reactiveTransactionManager,
			@Value("${concordat.neo4j.transaction-timeout:10m}") Duration timeout) {
		var definition = new DefaultTransactionDefinition();
		definition.setTimeout((int) Math.max(1, timeout.toSeconds()));
		return TransactionalOperator.create(reactiveTransactionManager, definition);
	}
}
