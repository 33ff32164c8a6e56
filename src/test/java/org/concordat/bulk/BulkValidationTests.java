package org.concordat.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.concordat.entity.KnownIds;
import org.concordat.generate.GeneratorOptions;
import org.concordat.generate.NationalGenerator;
import org.concordat.web.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The streaming passes of a bulk load, without a database: what is refused, and how rows are batched. */
class BulkValidationTests {

	static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

	@TempDir
	Path dir;

	@Test
	void everyProblemIsNamedByItsPathInTheDocumentAndNothingIsWritten() throws IOException {
		Path file = write("""
				{"functions": [{"id": "dogs", "name": "Dogs"}],
				 "forces": [{"id": "a", "name": "A", "region": "R"}, {"id": "b", "name": "B", "region": "R", "hq": {"lat": 91}},
				            {"id": "a", "name": "A again", "region": "R"}, {"id": "c", "name": "C", "region": "R", "colour": "blue"}],
				 "collaborations": [{"id": "ab", "name": "AB", "kind": "unit", "scope": "regional", "status": "active",
				   "functions": ["dogs", "cats"], "members": [{"force": "a", "costShare": 0.7}, {"force": "zz", "costShare": 0.6}]}],
				 "lessons": [{"id": "l1", "title": "T", "theme": "purpose", "collaboration": "nowhere"}]}""");
		List<String> written = new ArrayList<>();
		BulkLoadException refused = catchThrowableOfType(BulkLoadException.class,
				() -> load(file, 10, 1, (statements, rows) -> written.add("batch")));
		assertThat(refused.resumeFrom()).isZero();
		assertThat(refused.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("forces[1].hq.lat",
				"forces[2].id", "forces[3].colour", "collaborations[0].functions[1]",
				"collaborations[0].members[1].force", "collaborations[0].members", "lessons[0].collaboration");
		assertThat(written).isEmpty();
	}

	@Test
	void aDocumentFollowedByAnythingIsRefusedAndNothingIsWritten() throws IOException {
		for (String body : List.of("{}}", "{} {}", "{\"forces\": []} []")) {
			Path file = write(body);
			List<String> written = new ArrayList<>();
			BulkLoadException refused = catchThrowableOfType(BulkLoadException.class,
					() -> load(file, 10, 1, (statements, rows) -> written.add("batch")));
			assertThat(refused).as(body).isNotNull();
			assertThat(refused.errors()).extracting(FieldError::field).as(body).containsExactly("document");
			assertThat(written).isEmpty();
		}
	}

	@Test
	void aFigureIdGivenTwiceOrOwnedByAnotherCollaborationIsRefused() throws IOException {
		Path file = write("""
				{"collaborations": [
				   {"id": "a", "name": "A", "kind": "unit", "scope": "regional", "status": "active",
				    "figures": [{"id": "f1", "kind": "budget", "amount": 1}, {"id": "f2", "kind": "budget", "amount": 2}]},
				   {"id": "b", "name": "B", "kind": "unit", "scope": "regional", "status": "active",
				    "figures": [{"id": "f1", "kind": "budget", "amount": 3}, {"id": "f9", "kind": "budget", "amount": 4}]}]}""");
		KnownIds register = new KnownIds(Set.of(), Set.of(), Set.of("c"), Set.of(), Map.of("f9", "c"));
		BulkLoadException refused = catchThrowableOfType(BulkLoadException.class,
				() -> new BulkLoader(JSON).load(file, BulkSettings.of(10, 1), (statements, rows) -> { }, register,
						new BulkProgress("test", file.toString())));
		assertThat(refused.errors()).extracting(FieldError::field)
			.containsExactlyInAnyOrder("collaborations[1].figures[0].id", "collaborations[1].figures[1].id");
	}

	@Test
	void aControlCharacterOrLoneSurrogateIsRefusedWhereverItIs() throws IOException {
		Path file = write("""
				{"forces": [{"id": "a", "name": "A\\u0000", "region": "R"}, {"id": "b", "name": "B", "region": "R",
				  "hq": {"town": "\\ud800"}}]}""");
		BulkLoadException refused = catchThrowableOfType(BulkLoadException.class,
				() -> load(file, 10, 1, (statements, rows) -> { }));
		assertThat(refused.errors()).extracting(FieldError::field)
			.containsExactlyInAnyOrder("forces[0].name", "forces[1].hq.town");
	}

	@Test
	void brokenJsonIsReportedWithItsLine() throws IOException {
		Path file = write("{\"forces\": [{\"id\": \"a\",\n \"name\": }]}");
		BulkLoadException refused = catchThrowableOfType(BulkLoadException.class,
				() -> load(file, 10, 1, (statements, rows) -> { }));
		assertThat(refused.errors().get(0).reason()).contains("line 2");
	}

	@Test
	void rowsGoInBatchesOfTheGivenSizeInDependencyOrder() throws IOException {
		Path file = dir.resolve("small.json");
		try (OutputStream out = Files.newOutputStream(file)) {
			new NationalGenerator(GeneratorOptions.scaled(100, 3)).write(out);
		}
		List<String> kinds = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		BulkProgress.Status status = load(file, 50, 1, (statements, rows) -> {
			kinds.add(statements.get(0).lines().filter(l -> l.contains("MERGE")).findFirst().orElse(""));
			sizes.add(rows.size());
		});
		assertThat(sizes).allMatch(n -> n <= 50);
		assertThat(status.rowsCommitted().get("forces")).isEqualTo(100);
		assertThat(status.rowsCommitted().get("collaborations")).isEqualTo(GeneratorOptions.scaled(100, 3).collaborations());
		assertThat(status.lastBatchCommitted()).isEqualTo(sizes.size());
		int firstMembership = kinds.indexOf(kinds.stream().filter(k -> k.contains("MEMBER_OF")).findFirst().orElseThrow());
		int lastForce = kinds.lastIndexOf(kinds.stream().filter(k -> k.contains(":Force")).findFirst().orElseThrow());
		assertThat(firstMembership).isGreaterThan(lastForce);
	}

	private BulkProgress.Status load(Path file, int batchSize, int resumeFrom, BatchSink sink) {
		return new BulkLoader(JSON).load(file, BulkSettings.of(batchSize, resumeFrom), sink, KnownIds.none(),
				new BulkProgress("test", file.toString()));
	}

	private Path write(String json) throws IOException {
		return Files.writeString(dir.resolve("doc.json"), json);
	}

	static Map<String, Object> none() {
		return Map.of();
	}
}
