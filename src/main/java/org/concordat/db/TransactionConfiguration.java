package org.concordat.db;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.ReactiveDatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.ReactiveNeo4jTransactionManager;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/** Boot 4 does not declare a reactive transaction manager for Neo4j; every multi-statement write needs one. */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

	@Bean
	ReactiveNeo4jTransactionManager reactiveTransactionManager(Driver driver,
			ReactiveDatabaseSelectionProvider databaseSelectionProvider) {
		return ReactiveNeo4jTransactionManager.with(driver).withDatabaseSelectionProvider(databaseSelectionProvider).build();
	}

	@Bean
	TransactionalOperator transactionalOperator(ReactiveTransactionManager reactiveTransactionManager) {
		return TransactionalOperator.create(reactiveTransactionManager);
	}
}
