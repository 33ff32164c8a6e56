package org.concordat.graph;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.StringEscapeUtils;

import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.springframework.http.MediaType;

/**
 * The network drawn ({@link GraphView.Graph}) as a file for Gephi, Cytoscape, yEd or NetworkX: GraphML or GEXF,
 * written by jgrapht-io's exporters from a JGraphT graph holding the answer's nodes and edges. Every field of the
 * JSON answer becomes an attribute declared in the file's header (typed, so a reader gets numbers as numbers):
 * names, regions, kinds, scopes, statuses, functions, dates and roles. Three are renamed where the formats
 * reserve the JSON's names: a node's {@code weight} (members of a collaboration, forces of a region) is
 * {@code size}, an edge's {@code type} is {@code relation}, and an edge's {@code weight} (collaborations spanning
 * two regions) is the format's own edge weight, which Gephi's layouts use (1 for a membership). Memberships run from a force to its
 * collaboration (a directed graph); at {@code level=region} the links between regions have no direction. The
 * view's date, filters and snapshot position are the graph's own attributes (GraphML) or its description (GEXF).
 * The answer holds nothing personal (people are not in the network), so neither do these files.
 */
public enum GraphFile {

	GRAPHML("graphml", new MediaType("application", "graphml+xml")),

	GEXF("gexf", new MediaType("application", "gexf+xml"));

	public final String extension;

	public final MediaType mediaType;

	GraphFile(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	/** What each node attribute holds, in the order written; all are strings but for these. */
	private static final Map<String, Function<GraphView.Node, Object>> NODE_ATTRIBUTES = nodeAttributes();

	private static final Map<String, Function<GraphView.Edge, Object>> EDGE_ATTRIBUTES = edgeAttributes();

	private static final Map<String, AttributeType> TYPES = Map.of("lat", AttributeType.DOUBLE, "lon",
			AttributeType.DOUBLE, "size", AttributeType.INT, "costShare", AttributeType.DOUBLE);

	private static Map<String, Function<GraphView.Node, Object>> nodeAttributes() {
		Map<String, Function<GraphView.Node, Object>> a = new LinkedHashMap<>();
		a.put("label", GraphView.Node::label);
		a.put("type", GraphView.Node::type);
		a.put("region", GraphView.Node::region);
		a.put("lat", GraphView.Node::lat);
		a.put("lon", GraphView.Node::lon);
		a.put("kind", GraphView.Node::kind);
		a.put("scope", GraphView.Node::scope);
		a.put("status", GraphView.Node::status);
		a.put("functions", n -> n.functions() == null ? null : String.join(",", n.functions()));
		a.put("size", GraphView.Node::weight);
		a.put("started", GraphView.Node::started);
		a.put("ended", GraphView.Node::ended);
		return a;
	}

	private static Map<String, Function<GraphView.Edge, Object>> edgeAttributes() {
		Map<String, Function<GraphView.Edge, Object>> a = new LinkedHashMap<>();
		a.put("relation", GraphView.Edge::type);
		a.put("role", GraphView.Edge::role);
		a.put("costShare", GraphView.Edge::costShare);
		a.put("joined", GraphView.Edge::joined);
		a.put("left", GraphView.Edge::left);
		return a;
	}

	/** {@code graphml} or {@code gexf}, or null for anything else. */
	public static GraphFile of(String format) {
		for (GraphFile file : values()) {
			if (file.extension.equals(format)) {
				return file;
			}
		}
		return null;
	}

	/**
	 * The file's name: {@code concordat-network-2015-01-01.graphml}, {@code -regions} at the region level.
	 * @param at the view's date
	 */
	public String fileName(LocalDate at, boolean regions) {
		return "concordat-network" + (regions ? "-regions" : "") + "-" + at + "." + extension;
	}

	/**
	 * The answer as this kind of file.
	 * @param about what the view shows (date, level, filters, snapshot position), written as the graph's attributes;
	 * their names must differ from the nodes' and edges' (GraphML keys attributes by name alone)
	 */
	public String write(GraphView.Graph answer, boolean regions, Map<String, String> about) {
		Graph<GraphView.Node, GraphView.Edge> graph = graphOf(answer, regions);
		StringWriter out = new StringWriter();
		exporter(about).exportGraph(graph, out);
		return this == GRAPHML ? withGraphData(out.toString(), about) : out.toString();
	}

	private static final Pattern GRAPH_KEY = Pattern.compile("<key id=\"([^\"]+)\" for=\"graph\" attr\\.name=\"([^\"]+)\"");

	/**
	 * jgrapht-io 1.5.3's GraphML exporter declares the graph's attributes but writes no value for them: the values
	 * go in as {@code <data>} of the {@code <graph>} element, under the keys it declared.
	 */
	private static String withGraphData(String graphml, Map<String, String> about) {
		StringBuilder data = new StringBuilder();
		Matcher key = GRAPH_KEY.matcher(graphml);
		while (key.find()) {
			String value = about.get(key.group(2));
			if (value != null) {
				data.append("\n        <data key=\"").append(key.group(1)).append("\">")
					.append(StringEscapeUtils.escapeXml10(value)).append("</data>");
			}
		}
		Matcher graph = Pattern.compile("<graph [^>]*>").matcher(graphml);
		return graph.find() ? graphml.substring(0, graph.end()) + data + graphml.substring(graph.end()) : graphml;
	}

	/**
	 * The answer's nodes and edges as a JGraphT graph; each record is its own vertex or edge.
	 * @param regions the answer is of regions (undirected links), not of forces and collaborations
	 */
	static Graph<GraphView.Node, GraphView.Edge> graphOf(GraphView.Graph answer, boolean regions) {
		var type = regions ? GraphTypeBuilder.<GraphView.Node, GraphView.Edge>undirected()
				: GraphTypeBuilder.<GraphView.Node, GraphView.Edge>directed();
		Graph<GraphView.Node, GraphView.Edge> graph = type.allowingMultipleEdges(false).allowingSelfLoops(false)
			.weighted(true).buildGraph();
		Map<String, GraphView.Node> byId = new LinkedHashMap<>();
		for (GraphView.Node node : answer.nodes()) {
			graph.addVertex(node);
			byId.put(node.id(), node);
		}
		for (GraphView.Edge edge : answer.edges()) {
			graph.addEdge(byId.get(edge.source()), byId.get(edge.target()), edge);
			if (edge.weight() != null) {
				graph.setEdgeWeight(edge, edge.weight());
			}
		}
		return graph;
	}

	private GraphExporter<GraphView.Node, GraphView.Edge> exporter(Map<String, String> about) {
		Map<GraphView.Edge, String> edgeIds = new java.util.IdentityHashMap<>();
		Function<GraphView.Edge, String> edgeId = e -> edgeIds.computeIfAbsent(e, k -> "e" + edgeIds.size());
		return switch (this) {
			case GRAPHML -> {
				var exporter = new GraphMLExporter<GraphView.Node, GraphView.Edge>(GraphView.Node::id);
				exporter.setEdgeIdProvider(edgeId);
				exporter.setExportEdgeWeights(true);
				NODE_ATTRIBUTES.keySet().forEach(name -> exporter.registerAttribute(name,
						GraphMLExporter.AttributeCategory.NODE, TYPES.getOrDefault(name, AttributeType.STRING)));
				EDGE_ATTRIBUTES.keySet().forEach(name -> exporter.registerAttribute(name,
						GraphMLExporter.AttributeCategory.EDGE, TYPES.getOrDefault(name, AttributeType.STRING)));
				about.keySet().forEach(name -> exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.GRAPH,
						AttributeType.STRING));
				exporter.setGraphIdProvider(() -> "concordat");
				exporter.setGraphAttributeProvider(() -> strings(about));
				exporter.setVertexAttributeProvider(n -> attributes(n, NODE_ATTRIBUTES));
				exporter.setEdgeAttributeProvider(e -> attributes(e, EDGE_ATTRIBUTES));
				yield exporter;
			}
			case GEXF -> {
				var exporter = new GEXFExporter<GraphView.Node, GraphView.Edge>(GraphView.Node::id, edgeId);
				// the label is GEXF's own node label; the rest are declared attributes
				NODE_ATTRIBUTES.keySet().stream().filter(name -> !"label".equals(name))
					.forEach(name -> exporter.registerAttribute(name, GEXFExporter.AttributeCategory.NODE,
							gexfType(name)));
				EDGE_ATTRIBUTES.keySet().forEach(name -> exporter.registerAttribute(name,
						GEXFExporter.AttributeCategory.EDGE, gexfType(name)));
				exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
				exporter.setCreator("Concordat");
				exporter.setDescription(describe(about));
				exporter.setVertexAttributeProvider(n -> attributes(n, NODE_ATTRIBUTES));
				exporter.setEdgeAttributeProvider(e -> attributes(e, EDGE_ATTRIBUTES));
				yield exporter;
			}
		};
	}

	private static GEXFAttributeType gexfType(String name) {
		return switch (TYPES.getOrDefault(name, AttributeType.STRING)) {
			case DOUBLE -> GEXFAttributeType.DOUBLE;
			case INT -> GEXFAttributeType.INTEGER;
			default -> GEXFAttributeType.STRING;
		};
	}

	/** The values present (a reader finds an absent attribute absent, not an empty string). */
	private static <T> Map<String, Attribute> attributes(T item, Map<String, Function<T, Object>> fields) {
		Map<String, Attribute> values = new LinkedHashMap<>();
		fields.forEach((name, field) -> {
			Object value = field.apply(item);
			switch (value) {
				case null -> {
				}
				case Double d -> values.put(name, DefaultAttribute.createAttribute(d));
				case Integer i -> values.put(name, DefaultAttribute.createAttribute(i));
				default -> values.put(name, DefaultAttribute.createAttribute(value.toString()));
			}
		});
		return values;
	}

	private static Map<String, Attribute> strings(Map<String, String> about) {
		Map<String, Attribute> values = new LinkedHashMap<>();
		about.forEach((name, value) -> values.put(name, DefaultAttribute.createAttribute(value)));
		return values;
	}

	private static String describe(Map<String, String> about) {
		List<String> parts = about.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
		return "Concordat network: " + String.join("; ", parts);
	}
}
