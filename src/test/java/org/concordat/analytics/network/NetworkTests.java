package org.concordat.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.concordat.analytics.AsOf;
import org.concordat.analytics.TinyNetwork;
import org.junit.jupiter.api.Test;

/**
 * The whole network of the tiny register at 2016-01-01, worked out by hand: the triangle a-b-c, c-d, c-g,
 * d-g, d-e, and f alone.
 */
class NetworkTests {

	private final AsOf asOf = TinyNetwork.asOf();

	@Test
	void componentsCutVerticesAndBridges() {
		Connectivity network = Connectivity.of(asOf);
		assertThat(network.components()).isEqualTo(2);
		assertThat(network.isolatedForces()).containsExactly("f");
		assertThat(network.cutVertices()).containsExactly("c", "d");
		// ending any of these memberships splits the network; a's or b's of x does not (w still joins them to it)
		assertThat(network.bridges()).containsExactly(new Connectivity.Bridge("c", "x"), new Connectivity.Bridge("c", "y"),
				new Connectivity.Bridge("d", "y"), new Connectivity.Bridge("d", "z"), new Connectivity.Bridge("e", "z"),
				new Connectivity.Bridge("g", "y"));
	}

	@Test
	void alliancesFollowTheCollaborationsRatherThanTheRegions() {
		// JGraphT's label propagation, seeded: c and a take x's label, d, e and g y's, b keeps w's; f is alone
		var answer = Alliances.of(asOf);
		assertThat(answer.communities()).extracting(Alliances.Community::forces)
			.containsExactly(List.of("a", "c"), List.of("b"), List.of("d", "e", "g"), List.of("f"));
		assertThat(Alliances.of(asOf)).as("repeatable").isEqualTo(answer);
		var c = answer.forces().stream().filter(r -> r.force().equals("c")).findFirst().orElseThrow();
		assertThat(c.degree()).isEqualTo(4);
		assertThat(c.outsideRegionShare()).isEqualTo(0.5);
		assertThat(c.differsFromRegion()).isFalse();
		assertThat(answer.sampled()).isFalse();
	}
}
