package org.concordat.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a register document shaped like a national network (docs/scaling.md): agencies in 50 regions,
 * collaborations of heavy-tailed sizes with dated memberships over 2006–2025, figures, people and lessons,
 * using the demo register's vocabulary of functions. It streams: only what later parts refer to (ids, dates,
 * first members) is kept. One seeded {@link Random} drives everything in a fixed order, so the same options
 * always give the same bytes.
 */
public final class NationalGenerator {

	private static final String VOCABULARY = "cypher/seed/demo-register.json";

	private final GeneratorOptions options;

	public NationalGenerator(GeneratorOptions options) {
		this.options = options;
	}

	public void write(OutputStream target) {
		JsonMapper json = JsonMapper.builder().build();
		List<String[]> functions = vocabulary(json);
		List<String> ids = functions.stream().map(f -> f[0]).toList();
		Random random = new Random(options.seed());
		try (JsonGenerator out = json.createGenerator(target)) {
			out.writeStartObject();
			out.writeName("functions");
			out.writeStartArray();
			for (String[] f : functions) {
				out.writeStartObject();
				out.writeStringProperty("id", f[0]);
				out.writeStringProperty("name", f[1]);
				out.writeEndObject();
			}
			out.writeEndArray();
			Agencies agencies = new Agencies(options.agencies(), random, out);
			Collaborations collabs = new Collaborations(options.collaborations(), agencies, ids, random);
			collabs.write(out);
			PeopleAndLessons more = new PeopleAndLessons(collabs, agencies, ids, random);
			more.writePeople(options.people(), out);
			more.writeLessons(options.lessons(), options.people(), out);
			out.writeEndObject();
		}
	}

	/** The functions (id, name) of the demo register: the one controlled vocabulary. */
	private static List<String[]> vocabulary(JsonMapper json) {
		try (InputStream in = new ClassPathResource(VOCABULARY).getInputStream()) {
			List<String[]> functions = new ArrayList<>();
			for (JsonNode f : json.readTree(in).get("functions")) {
				functions.add(new String[] { f.get("id").asString(), f.get("name").asString() });
			}
			return functions;
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot read the vocabulary from " + VOCABULARY, e);
		}
	}
}
