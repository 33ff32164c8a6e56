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

	@Test
	void saysWhichChangesTakeAVersionAndWhatTheyAnswerWithoutOrWithAStaleOne() {
		web.get().uri("/v3/api-docs").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.paths['/api/forces/{id}'].put.parameters[?(@.name == 'If-Match')].in").isEqualTo(java.util.List.of("header"))
			.jsonPath("$.paths['/api/forces/{id}'].put.responses['412']").exists()
			.jsonPath("$.paths['/api/forces/{id}'].put.responses['428']").exists()
			.jsonPath("$.paths['/api/people/{id}'].delete.responses['428']").exists()
			.jsonPath("$.paths['/api/collaborations/{id}'].put.responses['503']").exists()
			.jsonPath("$.paths['/api/collaborations/{id}/members'].post.responses['412']").exists()
			.jsonPath("$.paths['/api/collaborations/{id}/members'].post.responses['428']").doesNotExist()
			.jsonPath("$.paths['/api/forces/{id}'].get.responses['412']").doesNotExist();
	}
}
