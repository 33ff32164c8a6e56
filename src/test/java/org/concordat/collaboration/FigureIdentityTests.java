package org.concordat.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** The id a figure without one is given: the same for the same figure, another for any difference. */
class FigureIdentityTests {

	private static final Figure FIGURE = new Figure(null, "annual-cost", 1_200_000.0, "per year", "2017", "aford",
			"https://example.org/mg-costs", "as budgeted", "approximate");

	@Test
	void theSameFigureGetsTheSameIdAndAnAbsentConfidenceCountsAsConfirmed() {
		assertThat(CollaborationWrites.figureId("mg", FIGURE)).isEqualTo(CollaborationWrites.figureId("mg", copy(FIGURE)));
		assertThat(CollaborationWrites.figureId("mg", with(f -> new Figure(null, f.kind(), f.amount(), f.period(), f.date(),
				f.force(), f.source(), f.note(), null))))
			.isEqualTo(CollaborationWrites.figureId("mg", with(f -> new Figure(null, f.kind(), f.amount(), f.period(),
					f.date(), f.force(), f.source(), f.note(), "confirmed"))));
	}

	@Test
	void figuresThatDifferInAnyOneFieldGetDifferentIds() {
		List<Figure> variants = List.of(
				with(f -> new Figure(null, "budget", f.amount(), f.period(), f.date(), f.force(), f.source(), f.note(),
						f.confidence())),
				with(f -> new Figure(null, f.kind(), 1_200_001.0, f.period(), f.date(), f.force(), f.source(), f.note(),
						f.confidence())),
				with(f -> new Figure(null, f.kind(), f.amount(), null, f.date(), f.force(), f.source(), f.note(),
						f.confidence())),
				with(f -> new Figure(null, f.kind(), f.amount(), f.period(), "2018", f.force(), f.source(), f.note(),
						f.confidence())),
				with(f -> new Figure(null, f.kind(), f.amount(), f.period(), f.date(), "bford", f.source(), f.note(),
						f.confidence())),
				with(f -> new Figure(null, f.kind(), f.amount(), f.period(), f.date(), f.force(), "https://other",
						f.note(), f.confidence())),
				with(f -> new Figure(null, f.kind(), f.amount(), f.period(), f.date(), f.force(), f.source(),
						"ICT convergence", f.confidence())),
				with(f -> new Figure(null, f.kind(), f.amount(), f.period(), f.date(), f.force(), f.source(), f.note(),
						"unconfirmed")));
		String original = CollaborationWrites.figureId("mg", FIGURE);
		for (Figure variant : variants) {
			assertThat(CollaborationWrites.figureId("mg", variant)).as(variant.toString()).isNotEqualTo(original);
		}
		assertThat(variants.stream().map(v -> CollaborationWrites.figureId("mg", v)).distinct()).hasSize(variants.size());
		assertThat(CollaborationWrites.figureId("other", FIGURE)).isNotEqualTo(original);
	}

	@Test
	void noValueCanPassForTheEndOfAnother() {
		Figure a = new Figure(null, "budget", 1.0, "x", null, null, null, "y", null);
		Figure b = new Figure(null, "budget", 1.0, null, "x", null, null, "y", null);
		Figure c = new Figure(null, "budget", 1.0, "x;y", null, null, null, null, null);
		assertThat(List.of(a, b, c).stream().map(f -> CollaborationWrites.figureId("mg", f)).distinct()).hasSize(3);
	}

	private static Figure with(UnaryOperator<Figure> change) {
		return change.apply(FIGURE);
	}

	private static Figure copy(Figure f) {
		return new Figure(null, new String(f.kind()), Double.valueOf(f.amount()), f.period(), f.date(), f.force(),
				f.source(), f.note(), f.confidence());
	}
}
