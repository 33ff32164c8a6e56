package org.concordat.register;

import org.concordat.ApiTest;
import org.junit.jupiter.api.Test;

class ApiDocsTests extends ApiTest {

	@Test
	void servesTheOpenApiDocumentAndSwaggerUi() {
		web.get().uri("/v3/api-docs").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.paths['/api/collaborations/{id}/members/{force}/withdrawal']").exists()
			.jsonPath("$.paths['/api/import']").exists()
			.jsonPath("$.paths['/api/export']").exists();
		web.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
	}
}
