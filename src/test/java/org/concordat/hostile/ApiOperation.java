package org.concordat.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * One operation of an OpenAPI document (a method on a path) with its parameters and the schema of its request
 * body, if it takes one. Read from the running app's {@code /v3/api-docs}, so an endpoint added later is covered
 * without touching the generator.
 */
record ApiOperation(String method, String path, List<Parameter> parameters, JsonNode bodySchema) {

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	/** A path, query or header parameter; {@code schema} as the document gives it. */
	record Parameter(String name, String in, JsonNode schema, boolean required) {
	}

	/** Every operation of the document, in its order (paths, then methods as listed). */
	static List<ApiOperation> of(JsonNode openApi) {
		List<ApiOperation> operations = new ArrayList<>();
		for (var path : openApi.path("paths").properties()) {
			for (var method : path.getValue().properties()) {
				if (!METHODS.contains(method.getKey())) {
					continue;
				}
				JsonNode operation = method.getValue();
				List<Parameter> parameters = new ArrayList<>();
				for (JsonNode p : operation.path("parameters")) {
					parameters.add(new Parameter(p.path("name").asString(), p.path("in").asString(), p.path("schema"),
							p.path("required").asBoolean(false)));
				}
				JsonNode body = operation.path("requestBody").path("content");
				JsonNode schema = body.isMissingNode() || body.isEmpty() ? null
						: body.properties().iterator().next().getValue().path("schema");
				operations.add(new ApiOperation(method.getKey().toUpperCase(), path.getKey(), List.copyOf(parameters),
						schema));
			}
		}
		return List.copyOf(operations);
	}

	boolean writes() {
		return !"GET".equals(method);
	}

	@Override
	public String toString() {
		return method + " " + path;
	}
}
