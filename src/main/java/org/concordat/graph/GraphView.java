package org.concordat.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.IndexLists;
import org.concordat.analytics.SnapshotStamp;
import org.concordat.analytics.snapshot.storage.Collab;
import org.concordat.analytics.snapshot.storage.Day;
import org.concordat.analytics.snapshot.storage.ForceProfile;
import org.concordat.analytics.snapshot.storage.RegisterSnapshot;

/**
 * The network at D for drawing: forces and the collaborations active at D as nodes, memberships as edges.
 * Filters keep collaborations with a member in a region, covering a function, or with a status; national
 * ones only when included. Forces of the region (all forces without one) and the members of the kept
 * collaborations are drawn. At most {@code limit} nodes are returned: forces first (by id), then the
 * largest collaborations, and {@code truncated} says when some were cut. At {@code level=region} forces
 * are merged into their official regions, linked by the number of collaborations that span both.
 */
public final class GraphView {

	/**
	 * A force, collaboration or region. {@code started} and {@code ended} (collaborations) are the days the
	 * snapshot keeps: a date recorded as a year or a month stands at its first day; null when not recorded.
	 */
	public record Node(String id, String type, String label, String region, Double lat, Double lon, String kind,
			String scope, String status, List<String> functions, Integer weight, LocalDate started, LocalDate ended) {
	}

	/** A membership ({@code joined}, {@code left} as a collaboration's dates) or a link between regions. */
	public record Edge(String source, String target, String type, String role, Double costShare, Integer weight,
			LocalDate joined, LocalDate left) {
	}

	public record Graph(List<Node> nodes, List<Edge> edges, boolean truncated, int totalNodes, SnapshotStamp snapshot) {
	}

	private final AsOf asOf;

	private final RegisterSnapshot s;

	public GraphView(AsOf asOf) {
		this.asOf = asOf;
		this.s = asOf.snapshot();
	}

	public Graph forces(String region, int function, String status, int limit) {
		List<Integer> collabs = collaborations(region, function, status);
		Set<Integer> forces = new LinkedHashSet<>();
		IntStream.range(0, s.forceCount()).filter(f -> region == null || region.equalsIgnoreCase(s.region(f)))
			.forEach(forces::add);
		collabs.forEach(c -> Arrays.stream(asOf.members(c)).forEach(forces::add));
		List<Integer> forceOrder = forces.stream().sorted().toList(); // an index is its id's rank
		int total = forceOrder.size() + collabs.size();
		List<Node> nodes = new ArrayList<>();
		Set<Integer> drawnForces = new java.util.HashSet<>();
		for (int f : forceOrder) {
			if (nodes.size() < limit) {
				ForceProfile force = s.forceProfile(f);
				nodes.add(new Node(force.id(), "force", force.name(), force.region(), coordinate(force.lat()),
						coordinate(force.lon()), null, null, null, null, null, null, null));
				drawnForces.add(f);
			}
		}
		List<Edge> edges = new ArrayList<>();
		for (int c : collabs) {
			if (nodes.size() >= limit) {
				break;
			}
			Collab collab = s.collab(c);
			nodes.add(new Node(collab.id(), "collaboration", collab.name(), null, null, null, collab.kind(),
					collab.scope(), collab.status(), IndexLists.functions(s, collab.functions()), asOf.members(c).length,
					date(collab.started(), collab.startedPrecision()),
					date(collab.ended(), collab.endedPrecision())));
			for (int f : asOf.members(c)) {
				if (drawnForces.contains(f)) {
					int m = asOf.membership(f, c);
					float share = s.share(m);
					edges.add(new Edge(s.forceId(f), collab.id(), "member", role(s.role(m)),
							Float.isNaN(share) ? null : IndexLists.round(share), null, date(s.joined(m), s.joinedPrecision(m)),
							date(s.left(m), s.leftPrecision(m))));
				}
			}
		}
		return new Graph(nodes, edges, nodes.size() < total, total, asOf.stamp());
	}

	public Graph regions(String region, int function, String status, int limit) {
		Map<String, List<Integer>> byRegion = new TreeMap<>();
		IntStream.range(0, s.forceCount()).forEach(f -> byRegion.computeIfAbsent(s.region(f), k -> new ArrayList<>()).add(f));
		Map<String, Integer> links = new TreeMap<>();
		for (int c : collaborations(region, function, status)) {
			List<String> spanned = Arrays.stream(asOf.members(c)).mapToObj(s::region).distinct().sorted().toList();
			for (int i = 0; i < spanned.size(); i++) {
				for (int j = i + 1; j < spanned.size(); j++) {
					links.merge(spanned.get(i) + "\u0000" + spanned.get(j), 1, Integer::sum);
				}
			}
		}
		List<Node> nodes = new ArrayList<>();
		byRegion.forEach((name, members) -> {
			if (nodes.size() < limit) {
				nodes.add(new Node(name, "region", name, name, mean(members, true), mean(members, false), null, null,
						null, null, members.size(), null, null));
			}
		});
		Set<String> drawn = new java.util.HashSet<>(nodes.stream().map(Node::id).toList());
		List<Edge> edges = new ArrayList<>();
		links.forEach((pair, weight) -> {
			String[] ends = pair.split("\u0000");
			if (drawn.contains(ends[0]) && drawn.contains(ends[1])) {
				edges.add(new Edge(ends[0], ends[1], "region-link", null, null, weight, null, null));
			}
		});
		return new Graph(nodes, edges, nodes.size() < byRegion.size(), byRegion.size(), asOf.stamp());
	}

	private List<Integer> collaborations(String region, int function, String status) {
		List<Integer> kept = new ArrayList<>();
		for (int c = 0; c < s.collabCount(); c++) {
			boolean keep = asOf.inNetwork(c) && (status == null || status.equals(s.collab(c).status()))
					&& (function < 0 || IndexLists.contains(s.collabFunctions(c), function))
					&& (region == null || Arrays.stream(asOf.members(c)).anyMatch(f -> region.equalsIgnoreCase(s.region(f))));
			if (keep) {
				kept.add(c);
			}
		}
		kept.sort(Comparator.comparing((Integer c) -> -asOf.members(c).length)
			.thenComparing(Comparator.naturalOrder()));
		return kept;
	}

	private Double mean(List<Integer> forces, boolean latitude) {
		double[] values = forces.stream().map(s::forceProfile).mapToDouble(f -> latitude ? f.lat() : f.lon())
			.filter(v -> !Double.isNaN(v))
			.toArray();
		return values.length == 0 ? null : IndexLists.round(Arrays.stream(values).average().orElse(0));
	}

	/** The day, or null for the snapshot's open bounds (not recorded). */
	/**
	 * The first day of the period a date is recorded to: the snapshot stores the day an event has certainly
	 * happened ("2011" as 2012-01-01), a file shows the day the record names ("2011" as 2011-01-01).
	 */
	private static LocalDate date(int day, byte precision) {
		return day == Day.NEVER_BEFORE || day == Day.OPEN || precision == Day.UNKNOWN ? null : Day.toDate(Day.uncertainFrom(day, precision));
	}

	private static Double coordinate(double value) {
		return Double.isNaN(value) ? null : value;
	}

	private static String role(byte role) {
		return role == RegisterSnapshot.HOST ? "host" : role == RegisterSnapshot.LEAD ? "lead" : "member";
	}
}
