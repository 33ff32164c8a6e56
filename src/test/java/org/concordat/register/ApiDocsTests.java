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
	void theDocumentSaysWhatTheBodiesAreAndWhatIsReadOnly() {
		web.get().uri("/v3/api-docs").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.paths['/api/import'].post.requestBody.content['application/json'].schema['$ref']")
			.isEqualTo("#/components/schemas/RegisterDocument")
			.jsonPath("$.paths['/api/bulk-load'].post.requestBody.content['application/json'].schema['$ref']")
			.isEqualTo("#/components/schemas/RegisterDocument")
			.jsonPath("$.paths['/api/import'].post.parameters[?(@.name == 'mode')].schema.enum[*]")
			.isEqualTo(java.util.List.of("merge", "replace"))
			// the body's length is the transport's business, not a parameter a client fills in
			.jsonPath("$.paths['/api/import'].post.parameters[?(@.in == 'header')]").isEmpty()
			.jsonPath("$.paths['/api/bulk-load'].post.parameters[?(@.name == 'path')].required")
			.isEqualTo(java.util.List.of(false))
			.jsonPath("$.components.schemas.Collaboration.properties.hostForce.readOnly").isEqualTo(true)
			// and how they are refused
			.jsonPath("$.paths['/api/import'].post.responses['413']").exists()
			.jsonPath("$.paths['/api/bulk-load'].post.responses['413']").exists()
			.jsonPath("$.paths['/api/forces'].post.responses['400']").exists()
			.jsonPath("$.paths['/api/forces'].post.responses['415']").exists()
			.jsonPath("$.paths['/api/forces/{id}'].delete.responses['406']").exists()
			.jsonPath("$.paths['/api/export'].get.responses['400']").doesNotExist();
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
