package org.concordat.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Set;

import org.concordat.collaboration.Collaboration;
import org.concordat.entity.KnownIds;
import org.concordat.force.Force;
import org.concordat.register.RegisterDocument;
import org.concordat.register.RegisterRules;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class NationalGeneratorTests {

	private static final JsonMapper STRICT = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	@Test
	void theSameSeedWritesTheSameBytesAndAnotherSeedDoesNot() {
		byte[] once = generate(GeneratorOptions.scaled(400, 7));
		byte[] again = generate(GeneratorOptions.scaled(400, 7));
		byte[] other = generate(GeneratorOptions.scaled(400, 8));
		assertThat(again).isEqualTo(once);
		assertThat(other).isNotEqualTo(once);
	}

	@Test
	void theDocumentIsAValidRegisterShapedLikeANationalNetwork() {
		GeneratorOptions options = GeneratorOptions.scaled(2_000, 7);
		RegisterDocument doc = STRICT.readValue(generate(options), RegisterDocument.class);
		// the register's own rules, as /api/import applies them: nothing the generator writes would be refused
		RegisterRules.check(doc, KnownIds.none(), false);
		assertThat(doc.forces()).hasSize(2_000);
		assertThat(doc.collaborations()).hasSize(options.collaborations());
		assertThat(doc.people()).hasSize(options.people());
		assertThat(doc.lessons()).hasSize(options.lessons());
		assertThat(doc.forces().stream().map(Force::region).distinct()).hasSize(50);
		assertThat(doc.forces()).allMatch(f -> f.hq() != null && f.hq().lat() != null && f.hq().lon() != null);
		long bilateral = doc.collaborations().stream().filter(c -> c.members().size() == 2).count();
		long large = doc.collaborations().stream().filter(c -> c.members().size() > 40).count();
		int memberships = doc.collaborations().stream().mapToInt(c -> c.members().size()).sum();
		// heavy-tailed: about half bilateral, a few large, about five members on average
		assertThat(bilateral).isGreaterThan(options.collaborations() * 2L / 5);
		assertThat(large).isPositive().isLessThan(options.collaborations() / 20);
		assertThat((double) memberships / options.collaborations()).isBetween(3.5, 7.0);
		assertThat(doc.collaborations().stream().map(Collaboration::scope).distinct())
			.contains("bilateral", "regional", "national");
		Set<Integer> years = new HashSet<>();
		doc.collaborations().forEach(c -> years.add(Integer.parseInt(c.started().substring(0, 4))));
		assertThat(years).hasSizeGreaterThanOrEqualTo(18).allMatch(y -> y >= 2006 && y <= 2025);
		assertThat(doc.collaborations().stream().flatMap(c -> c.members().stream()).filter(m -> m.left() != null))
			.isNotEmpty();
	}

	private static byte[] generate(GeneratorOptions options) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new NationalGenerator(options).write(out);
		return out.toByteArray();
	}
}
