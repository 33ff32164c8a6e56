package org.concordat.web;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json31;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names each schema of the OpenAPI document after its class, and a nested class after the class it is declared in
 * too ({@code WithdrawalImpactAffected}, {@code OverlapsControllerAnswer}): by their simple names alone the withdrawal, overlaps,
 * alliances and spreadsheet-import answers were all one schema {@code Answer}, and similar forces and similar
 * collaborations one {@code Similar}, so the document described three of those answers wrongly, and so did the
 * page's types generated from it (README, "One contract").
 */
@Configuration(proxyBeanMethods = false)
class SchemaNamesApiDocs {

	/**
	 * With springdoc's own mapper and its OpenAPI version (3.1), so that only the names change. The commands and
	 * a context without a web server (tests of an external database, the database-down test's second instance)
	 * have no springdoc and so no mapper of its: swagger's own 3.1 mapper there, where no document is served.
	 */
	@Bean
	ModelConverter schemaNames(ObjectProvider<ObjectMapperProvider> mappers) {
		ObjectMapperProvider springdoc = mappers.getIfAvailable();
		return new ModelResolver(springdoc != null ? springdoc.jsonMapper() : Json31.mapper(), new NestedTypeNames())
			.openapi31(true);
	}

	static final class NestedTypeNames extends TypeNameResolver {

		@Override
		protected String getNameOfClass(Class<?> cls) {
			String name = super.getNameOfClass(cls);
			Class<?> outer = cls.getEnclosingClass();
			return outer == null || getUseFqn() ? name : getNameOfClass(outer) + name;
		}
	}
}
