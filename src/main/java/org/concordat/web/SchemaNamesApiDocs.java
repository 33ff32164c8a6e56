package org.concordat.web;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import org.springdoc.core.providers.ObjectMapperProvider;
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

	/** With springdoc's own mapper and its OpenAPI version (3.1), so that only the names change. */
	@Bean
	ModelConverter schemaNames(ObjectMapperProvider mappers) {
		return new ModelResolver(mappers.jsonMapper(), new NestedTypeNames()).openapi31(true);
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
