package org.concordat.graph;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.concordat.analytics.AnalyticsParameters;
import org.concordat.analytics.AsOf;
import org.concordat.analytics.SnapshotStamp;
import org.concordat.analytics.snapshot.Snapshots;
import org.concordat.collaboration.CollaborationRules;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The network at a date for drawing ({@link GraphView}), as JSON or as a GraphML or GEXF file ({@link GraphFile}). */
@RestController
class GraphController {

	private final Snapshots snapshots;

	GraphController(Snapshots snapshots) {
		this.snapshots = snapshots;
	}

	@GetMapping("/api/graph")
	@Operation(summary = "The network at a date: forces, the collaborations active then, memberships",
			description = "As JSON for drawing, or with format=graphml or format=gexf as a file for Gephi, Cytoscape "
					+ "or yEd (an attachment named concordat-network-DATE.graphml|gexf), holding the same nodes and "
					+ "edges with every field as a typed attribute and the date and filters as the graph's own.")
	@ApiResponse(responseCode = "200", description = "The network", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = GraphView.Graph.class)),
			@Content(mediaType = "application/graphml+xml", schema = @Schema(type = "string",
					description = "GraphML 1.0 (format=graphml)")),
			@Content(mediaType = "application/gexf+xml", schema = @Schema(type = "string",
					description = "GEXF 1.2 (format=gexf)")) })
	ResponseEntity<?> graph(@RequestParam(required = false) String region,
			@RequestParam(required = false) String function, @RequestParam(required = false) String status,
			@RequestParam(required = false) String at, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String level,
			@RequestParam(defaultValue = "false") boolean includeNational,
			@Parameter(description = "json (the default), graphml or gexf", schema = @Schema(allowableValues = {
					"json", "graphml", "gexf" }, defaultValue = "json"))
			@RequestParam(required = false) String format) {
		var p = new AnalyticsParameters(snapshots.state());
		String byLevel = AnalyticsParameters.oneOf("level", level, "force", Set.of("force", "region"));
		String as = AnalyticsParameters.oneOf("format", format, "json", Set.of("json", "graphml", "gexf"));
		if (status != null) {
			AnalyticsParameters.oneOf("status", status, null, CollaborationRules.STATUSES);
		}
		AsOf asOf = p.asOf(at, includeNational);
		var view = new GraphView(asOf);
		int max = AnalyticsParameters.limit("limit", limit, 2_000, 20_000);
		boolean regions = "region".equals(byLevel);
		String inRegion = p.region(region);
		int withFunction = p.function(function);
		GraphView.Graph answer = regions ? view.regions(inRegion, withFunction, status, max)
				: view.forces(inRegion, withFunction, status, max);
		SnapshotStamp stamp = p.stamp();
		GraphFile file = GraphFile.of(as);
		if (file == null) {
			return stamp.respond(answer);
		}
		Map<String, String> about = new LinkedHashMap<>();
		about.put("date", asOf.date().toString());
		about.put("level", byLevel);
		about.put("regionFilter", inRegion == null ? "all" : inRegion);
		about.put("functionFilter", withFunction < 0 ? "all" : function);
		about.put("statusFilter", status == null ? "all" : status);
		about.put("includeNational", Boolean.toString(includeNational));
		about.put("truncated", Boolean.toString(answer.truncated()));
		about.put("totalNodes", Integer.toString(answer.totalNodes()));
		about.put("snapshotPosition", Long.toString(stamp.position()));
		String body = file.write(answer, regions, about);
		return ResponseEntity.ok().header(SnapshotStamp.POSITION_HEADER, Long.toString(stamp.position()))
			.header(SnapshotStamp.AGE_HEADER, Long.toString(stamp.ageMillis()))
			.contentType(new MediaType(file.mediaType, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(file.fileName(asOf.date(), regions)).build().toString())
			.body(body);
	}
}
