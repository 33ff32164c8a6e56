package org.concordat.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphML and GEXF of {@code /api/graph} read back with jgrapht-io's own importers: every node and edge of the
 * JSON answer for the same question is in the file, with the same values as attributes.
 */
class GraphFileTests extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A file read back: each node's attributes by id, each edge's by "source→target". */
	record ReadBack(boolean directed, Map<String, Map<String, String>> nodes, Map<String, Map<String, String>> edges) {
	}

	@Test
	void aGraphMLFileHoldsEveryNodeAndEdgeOfTheAnswerWithTheirAttributes() {
		load(Fixtures.tinyRegister());
		ReadBack file = read(fetch("/api/graph?at=2015-01-01&format=graphml", "graphml"), new GraphMLImporter<>());
		JsonNode answer = json("/api/graph?at=2015-01-01");
		assertSame(answer, file, "label");
		assertThat(file.directed()).isTrue();
		assertThat(file.nodes().get("mg")).containsEntry("label", "Motorway Group").containsEntry("kind", "motorway group")
			.containsEntry("started", "2008-06-01").containsEntry("functions", "roads-policing")
			.containsEntry("size", "3").doesNotContainKey("ended");
		assertThat(file.nodes().get("aford")).containsEntry("label", "AFORD Police").containsEntry("region", "North")
			.containsEntry("type", "force").containsEntry("lat", "52.5");
		assertThat(file.edges().get("bford→mg")).containsEntry("role", "member").containsEntry("costShare", "0.25")
			.containsEntry("joined", "2011-01-01").doesNotContainKey("left");
		assertThat(file.edges().get("aford→alliance")).containsEntry("role", "lead").containsEntry("left", "2020-04-01");
		// jgrapht-io's GraphML importer reads no graph data, so the view's own attributes are read with the JDK's DOM
		assertThat(graphData(fetch("/api/graph?at=2015-01-01&format=graphml", "graphml"))).containsEntry("date", "2015-01-01")
			.containsEntry("level", "force").containsEntry("regionFilter", "all").containsEntry("truncated", "false");
	}

	@Test
	void aGEXFFileHoldsEveryNodeAndEdgeOfTheAnswerWithTheirAttributes() {
		load(Fixtures.tinyRegister());
		ReadBack file = read(fetch("/api/graph?at=2015-01-01&region=South&format=gexf", "gexf"),
				new SimpleGEXFImporter<>());
		JsonNode answer = json("/api/graph?at=2015-01-01&region=South");
		assertSame(answer, file, "label");
		assertThat(file.nodes()).containsOnlyKeys("dford", "alliance", "aford");
		assertThat(file.nodes().get("alliance")).containsEntry("label", "Strategic Alliance")
			.containsEntry("functions", "dogs,firearms").containsEntry("ended", "2020-04-01");
		assertThat(file.edges().get("dford→alliance")).containsEntry("role", "host");
		assertThat(fetch("/api/graph?at=2015-01-01&region=South&format=gexf", "gexf"))
			.contains("<description>Concordat network: date=2015-01-01; level=force; regionFilter=South;");
	}

	@Test
	void theRegionLevelIsAnUndirectedGraphOfRegions() {
		load(Fixtures.tinyRegister());
		for (String format : List.of("graphml", "gexf")) {
			String body = fetch("/api/graph?at=2015-01-01&level=region&format=" + format, format);
			ReadBack file = read(body, "gexf".equals(format) ? new SimpleGEXFImporter<>() : new GraphMLImporter<>());
			assertSame(json("/api/graph?at=2015-01-01&level=region"), file, "label");
			assertThat(file.directed()).as(format).isFalse();
			assertThat(file.edges().values()).singleElement().satisfies(e -> assertThat(e).containsEntry("weight", "1.0")
				.containsEntry("relation", "region-link"));
		}
	}

	@Test
	void aFormatOtherThanTheThreeIsRefusedByName() {
		web.get().uri("/api/graph?format=pdf").exchange().expectStatus().isBadRequest().expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("format");
	}

	/** The answer as a file, checking its type and its name. */
	private String fetch(String uri, String format) {
		EntityExchangeResult<String> result = web.get().uri(uri).exchange().expectStatus().isOk()
			.expectHeader().contentType("application/" + format + "+xml;charset=UTF-8")
			.expectBody(String.class).returnResult();
		String disposition = result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).startsWith("attachment").contains("filename=\"concordat-network-")
			.contains("2015-01-01." + format + "\"");
		return result.getResponseBody();
	}

	private JsonNode json(String uri) {
		return JSON.readTree(web.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class).returnResult()
			.getResponseBody());
	}

	/**
	 * Every node and edge of the answer is in the file with each of its fields, under the names the files give
	 * them (a node's weight is its size, an edge's type its relation, and an edge's weight the file's own, 1 for
	 * a membership).
	 */
	private static void assertSame(JsonNode answer, ReadBack file, String labelName) {
		Map<String, Map<String, String>> nodes = new TreeMap<>();
		for (JsonNode node : answer.path("nodes")) {
			nodes.put(node.path("id").asString(), fields(node, Map.of("label", labelName, "weight", "size")));
		}
		Map<String, Map<String, String>> edges = new TreeMap<>();
		for (JsonNode edge : answer.path("edges")) {
			Map<String, String> fields = fields(edge, Map.of("type", "relation"));
			fields.put("weight", Double.toString(edge.path("weight").asDouble(1)));
			edges.put(edge.path("source").asString() + "→" + edge.path("target").asString(), fields);
		}
		assertThat(nodes).isNotEmpty();
		assertThat(file.nodes()).isEqualTo(nodes);
		Map<String, Map<String, String>> fileEdges = new TreeMap<>();
		file.edges().forEach((key, fields) -> {
			Map<String, String> withWeight = new TreeMap<>(fields);
			withWeight.putIfAbsent("weight", "1.0"); // a reader's default
			fileEdges.put(key, withWeight);
		});
		assertThat(fileEdges).isEqualTo(edges);
	}

	private static Map<String, String> fields(JsonNode item, Map<String, String> renamed) {
		Map<String, String> fields = new TreeMap<>();
		for (var field : item.properties()) {
			JsonNode value = field.getValue();
			String name = field.getKey();
			if (value.isNull() || List.of("id", "source", "target", "weight").contains(name) && !renamed.containsKey(name)) {
				continue;
			}
			String text = value.isArray() ? String.join(",", value.valueStream().map(JsonNode::asString).toList())
					: value.asString();
			fields.put(renamed.getOrDefault(name, name), text);
		}
		return fields;
	}

	private static ReadBack read(String body, BaseEventDrivenImporter<String, DefaultEdge> importer) {
		Graph<String, DefaultEdge> directed = GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true)
			.allowingSelfLoops(true).vertexSupplier(SupplierUtil.createStringSupplier())
			.edgeSupplier(SupplierUtil.DEFAULT_EDGE_SUPPLIER).buildGraph();
		Map<String, Map<String, String>> nodeAttributes = new HashMap<>();
		Map<DefaultEdge, Map<String, String>> edgeAttributes = new HashMap<>();
		importer.addVertexAttributeConsumer((pair, attribute) -> nodeAttributes
			.computeIfAbsent(pair.getFirst(), k -> new TreeMap<>()).put(pair.getSecond(), text(attribute)));
		importer.addEdgeAttributeConsumer((pair, attribute) -> edgeAttributes
			.computeIfAbsent(pair.getFirst(), k -> new TreeMap<>()).put(pair.getSecond(), text(attribute)));
		switch (importer) {
			case GraphMLImporter<String, DefaultEdge> graphml -> graphml.setVertexFactory(id -> id);
			case SimpleGEXFImporter<String, DefaultEdge> gexf -> gexf.setVertexFactory(id -> id);
			default -> throw new IllegalArgumentException(importer.toString());
		}
		((GraphImporter<String, DefaultEdge>) importer).importGraph(directed, new StringReader(body));
		boolean isDirected = body.contains("defaultedgetype=\"directed\"") || body.contains("edgedefault=\"directed\"");
		Map<String, Map<String, String>> nodes = new TreeMap<>();
		for (String v : directed.vertexSet()) {
			Map<String, String> attributes = new TreeMap<>(nodeAttributes.getOrDefault(v, Map.of()));
			attributes.remove("ID"); // the importers report the file's own id too
			nodes.put(v, attributes);
		}
		Map<String, Map<String, String>> edges = new TreeMap<>();
		for (DefaultEdge e : directed.edgeSet()) {
			Map<String, String> attributes = new TreeMap<>(edgeAttributes.getOrDefault(e, Map.of()));
			attributes.keySet().removeIf(k -> List.of("ID", "id", "source", "target").contains(k));
			edges.put(directed.getEdgeSource(e) + "→" + directed.getEdgeTarget(e), attributes);
		}
		return new ReadBack(isDirected, nodes, edges);
	}

	/** The {@code <data>} of the GraphML file's {@code <graph>} element, by the names its keys declare. */
	private static Map<String, String> graphData(String graphml) {
		try {
			var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			var document = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(graphml)));
			Map<String, String> names = new HashMap<>();
			var keys = document.getElementsByTagName("key");
			for (int i = 0; i < keys.getLength(); i++) {
				var key = (org.w3c.dom.Element) keys.item(i);
				if ("graph".equals(key.getAttribute("for"))) {
					names.put(key.getAttribute("id"), key.getAttribute("attr.name"));
				}
			}
			Map<String, String> data = new TreeMap<>();
			var graph = document.getElementsByTagName("graph").item(0).getChildNodes();
			for (int i = 0; i < graph.getLength(); i++) {
				if (graph.item(i) instanceof org.w3c.dom.Element e && e.getTagName().equals("data")) {
					data.put(names.get(e.getAttribute("key")), e.getTextContent());
				}
			}
			return data;
		}
		catch (Exception e) {
			throw new AssertionError("not XML: " + e.getMessage(), e);
		}
	}

	private static String text(Attribute attribute) {
		return attribute.getValue();
	}
}
