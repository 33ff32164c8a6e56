package org.concordat.bulk;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.concordat.collaboration.Collaboration;
import org.concordat.force.Force;
import org.concordat.function.PolicingFunction;
import org.concordat.lessons.Lesson;
import org.concordat.people.Person;
import org.concordat.web.FieldError;
import org.concordat.web.JsonReasons;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a register document one entity at a time with Jackson's streaming parser, so a document of any size
 * is never held whole: each element of a section is bound to its record, handed on, and dropped. A section
 * may appear anywhere in the document; the others are skipped token by token. An element that cannot be bound
 * (unknown field, wrong type) is reported under its path and skipped; broken JSON stops the read.
 */
final class DocumentStream {

	static final List<String> SECTIONS = List.of("functions", "forces", "collaborations", "people", "lessons");

	static final Map<String, Class<?>> TYPES = Map.of("functions", PolicingFunction.class, "forces", Force.class,
			"collaborations", Collaboration.class, "people", Person.class, "lessons", Lesson.class);

	interface Visitor {

		/** One element of a section: its index, and the bound record, or null with the error when unbindable. */
		void element(String section, int index, Object value, FieldError error);
	}

	private final JsonMapper json;

	private final Path file;

	DocumentStream(JsonMapper json, Path file) {
		this.json = json;
		this.file = file;
	}

	/** Visits every element of the given sections, in the order the document holds them. */
	void read(List<String> sections, Visitor visitor) {
		try (InputStream in = Files.newInputStream(file); JsonParser p = json.createParser(in)) {
			expect(p, p.nextToken(), JsonToken.START_OBJECT, "the document must be a JSON object");
			while (p.nextToken() == JsonToken.PROPERTY_NAME) {
				String section = p.currentName();
				JsonToken value = p.nextToken();
				if (!TYPES.containsKey(section)) {
					throw new BulkLoadException(List.of(new FieldError(section, "unknown section of a register document")),
							0);
				}
				if (!sections.contains(section) || value == JsonToken.VALUE_NULL) {
					p.skipChildren();
					continue;
				}
				expect(p, value, JsonToken.START_ARRAY, section + " must be an array");
				elements(p, section, visitor);
			}
			// one document per body: anything after it (`{}}`) makes the whole body suspect, as it would for an import
			if (p.nextToken() != null) {
				throw new BulkLoadException(List.of(new FieldError("document", "something follows the end of the document")),
						0);
			}
		}
		catch (StreamReadException e) {
			// where, never what: the document may be a file on the server, and its text is not for the client
			throw new BulkLoadException(List.of(new FieldError("document", JsonReasons.reason(e))), 0);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void elements(JsonParser p, String section, Visitor visitor) {
		// one element at a time out of a longer stream: what follows an element is the rest of the document
		ObjectReader reader = json.readerFor(TYPES.get(section)).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		int index = 0;
		int depth = p.streamReadContext().getNestingDepth();
		for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
			if (t == null) {
				throw new BulkLoadException(List.of(new FieldError(section, "the document ends inside this array")), 0);
			}
			if (t == JsonToken.VALUE_NULL) {
				visitor.element(section, index, null, new FieldError(section + "[" + index + "]", "must not be null"));
				continue;
			}
			try {
				visitor.element(section, index, reader.readValue(p), null);
			}
			catch (StreamReadException e) {
				throw e; // broken JSON: nothing after it can be trusted
			}
			catch (JacksonException e) {
				visitor.element(section, index, null, new FieldError(section + "[" + index + "]" + pathOf(e),
						JsonReasons.reason(e)));
				skipRest(p, depth);
			}
		}
	}

	/** After a binding error inside an element, moves on to the end of that element. */
	private static void skipRest(JsonParser p, int arrayDepth) {
		while (p.streamReadContext().getNestingDepth() > arrayDepth) {
			p.nextToken();
		}
	}

	private static String pathOf(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : e.getPath()) {
			if (ref.getPropertyName() != null) {
				path.append('.').append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static void expect(JsonParser p, JsonToken actual, JsonToken wanted, String reason) {
		if (actual != wanted) {
			throw new BulkLoadException(List.of(new FieldError(p.streamReadContext().pathAsPointer().toString()
					.isEmpty() ? "document" : p.streamReadContext().pathAsPointer().toString(), reason)), 0);
		}
	}
}
