package org.concordat.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates hostile requests for the operations of an OpenAPI document, seeded and repeatable: case {@code n}
 * of seed {@code s} is the same request whenever it is made against the same register. A request starts from
 * something plausible (ids, dates and names seen in the register, a resource as the API itself returned it)
 * and is then spoilt: fields removed, nulled, given the wrong JSON type, control characters, half surrogate
 * pairs, invisible names, dates outside the register's years, unknown fields, nulls in lists, deep nesting,
 * malformed or mis-encoded JSON, the wrong content type; parameters out of range, not numbers, hostile text.
 *
 * <p>Some spoilings must be refused whatever else the request holds (a control character, a number where text
 * belongs, broken JSON, ...): such a case is marked {@link HostileCase#mustRefuse()} and the run checks that it
 * was. Every other case may be accepted or refused; the run checks only that it was answered without a 5xx,
 * that a refusal is problem+json, and that nothing changed but what the request named.
 */
final class HostileCases {

	/** One generated request; {@code named} holds every id-like text the request mentions (path, query, body). */
	record HostileCase(int number, ApiOperation operation, String uri, String contentType, String accept,
			String ifMatch, byte[] body, List<String> mutations, boolean mustRefuse, Set<String> named) {

		String describe() {
			String text = body == null ? "" : " " + excerpt(new String(body, StandardCharsets.UTF_8), 300);
			return "#" + number + " " + operation.method() + " " + uri + " [" + String.join(", ", mutations) + "]"
					+ (contentType == null || contentType.equals("application/json") ? "" : " Content-Type: " + contentType)
					+ (accept == null ? "" : " Accept: " + accept) + (ifMatch == null ? "" : " If-Match: " + ifMatch) + text;
		}
	}

	/** Text a client may send; the first group must always be refused wherever text is stored. */
	static final List<String> REFUSED_TEXT = List.of("\u0000", "a\u0000b", "\u0007", "\u001b[31mred", "x\u007f",
			"\u0085", "\ud800", "\udc00", "x\ud83d", "\udfffx", "ok\u0001");

	static final List<String> HOSTILE_TEXT = List.of("", " ", "\u200b", "\u200b\u200d", "\ufeff", "\u00a0", "\t",
			"two\nlines", "\r\n", "\u202eevil", "\u2028", "\ud83d\ude93", "名前", "Ünïcödé", "null", "undefined", "0",
			"-1", "true", "[]", "{}", "'", "\"", "\\", "' OR 1=1 --", "MATCH (n) DETACH DELETE n",
			"x'}) DETACH DELETE n //", "$id", "<script>alert(1)</script>", "../../../../etc/passwd", "..", ".", "/",
			"%00", "%2e%2e%2f", "${jndi:ldap://x/a}", "{{7*7}}", "a".repeat(300), "ä".repeat(200), "0000", "1828",
			"2101", "2101-01-01", "2020-02-30", "2020-13", "2020-00", "9999-99-99", "-2020", "+2020", "2020-1",
			"20200", "2020-01-01T00:00:00Z", "NaN", "Infinity", "1e309", "nope", "UPPER-CASE", "with space");

	/** Dates the register refuses: outside 1829-2100, or no date at all. */
	static final List<String> REFUSED_DATES = List.of("0000", "1066", "1828", "1828-12-31", "2101", "2101-01",
			"9999-12-31", "2020-13", "2020-02-30", "2020-00-10", "20200", "2020-1", "-2020", "+2020", "2020/01/01",
			"yesterday", "");

	static final List<String> INTEGERS = List.of("0", "1", "-1", "2", "10", "999", "1000", "10000", "10001", "20000",
			"100000", "100001", "100000000", "100000001", "2147483647", "-2147483648", "2147483648",
			"99999999999999999999", "", " ", "abc", "1.5", "1e3", "0x10", " 1", "1 ", "+1", "--1", "१२", "\u0000");

	static final List<String> BOOLEANS = List.of("true", "false", "TRUE", "yes", "0", "1", "", "maybe", "\u0000");

	static final List<String> NUMBERS = List.of("0", "-0", "-1", "1", "0.5", "1.0000001", "2", "-0.000001", "90.0001",
			"-180.5", "1e308", "1e309", "-1e309", "1e-400", "123456789012345678901234567890", "9223372036854775808");

	/** Bodies that are not a JSON value of the right kind; each must be refused. */
	static final List<String> MALFORMED = List.of("", "null", "[]", "123", "\"text\"", "true", "{", "}", "{}}",
			"{\"a\":}", "{'single': 'quotes'}", "{/* comment */}", "{\"x\": NaN}", "{\"x\": 01}", "[[[[", "\u0000",
			"{\"unterminated");

	/** Raw JSON put where a value belongs; each makes the document malformed. */
	static final List<String> MALFORMED_VALUES = List.of("NaN", "Infinity", "-Infinity", "01", ".5", "1.", "+1",
			"'single'", "/*c*/1", "\"unterminated", "undefined", "0x10", "\"tab\there\"", "\"nul\u0000raw\"");

	/** Bytes that are not UTF-8 (a lone continuation byte, 0xFF, a surrogate encoded as UTF-8, a truncated pair). */
	static final List<byte[]> NOT_UTF8 = List.of(new byte[] { (byte) 0x80 }, new byte[] { (byte) 0xff },
			new byte[] { (byte) 0xed, (byte) 0xa0, (byte) 0x80 }, new byte[] { (byte) 0xc3 },
			new byte[] { (byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 });

	static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "multipart/form-data",
			"application/x-www-form-urlencoded", "application/json; charset=utf-16", "application/json;charset=nope",
			"application/problem+json", "application/json; charset=ISO-8859-1", "*/*", "garbage");

	/** The content types that no JSON endpoint may take. */
	static final Set<String> REFUSED_CONTENT_TYPES = Set.of("text/plain", "application/xml", "multipart/form-data",
			"application/x-www-form-urlencoded");

	static final List<String> IF_MATCHES = List.of("\"0\"", "*", "W/\"1\"", "garbage", "\"\"",
			"\"99999999999999999999\"", "\"-1\"", "\"1\", \"2\"");

	static final List<String> ACCEPTS = List.of("application/xml", "text/html", "image/png", "text/event-stream",
			"*/*;q=0", "garbage", "application/json;q=0.1, */*;q=0.2");

	private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

	private static final String MARKER = "HOSTILE_RAW_MARKER";

	private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final List<ApiOperation> operations;

	private final JsonNode schemas;

	/** A GET's answer: its JSON (null unless 200 with JSON) and its ETag, if it gave one. */
	record Fetched(JsonNode json, String etag) {
	}

	private final Function<String, Fetched> get;

	private final Map<String, Fetched> gets = new HashMap<>();

	/** Scalars seen under each property name in the register (list elements under the list's name). */
	private final Map<String, List<JsonNode>> seen = new TreeMap<>();

	private final List<String> strings;

	private final List<String> dates;

	/**
	 * @param get answers a GET of a path on the app as JSON, or null unless it answered 200 with JSON; the
	 * answers are cached, as the run puts the register back as it was after every write
	 */
	HostileCases(JsonNode openApi, JsonNode register, Function<String, Fetched> get) {
		this.operations = ApiOperation.of(openApi);
		this.schemas = openApi.path("components").path("schemas");
		this.get = get;
		Set<String> allStrings = new TreeSet<>();
		Map<String, Set<String>> seenText = new TreeMap<>();
		collect(null, register, seenText, allStrings);
		seenText.forEach((name, values) -> seen.put(name,
				values.stream().limit(60).map(HostileCases::parse).toList()));
		this.strings = List.copyOf(allStrings);
		this.dates = allStrings.stream().filter(s -> DATE.matcher(s).matches()).toList();
	}

	List<ApiOperation> operations() {
		return operations;
	}

	HostileCase generate(long seed, int number) {
		// java.util.Random's first draws from consecutive seeds are correlated (with 64 operations, 300 cases fell on
		// 4 of them): SplittableRandom's mix scatters the seed first. The operation is not drawn at all but taken in
		// turn, so any run of as many cases as there are operations reaches each of them (drawn, 300 cases over 66
		// operations left two with none: about e^-4.5 each, expected for one of 66)
		Random random = new Random(new java.util.SplittableRandom(seed * 1_000_003L + number).nextLong());
		ApiOperation operation = operations.get(Math.floorMod(number + seed, operations.size()));
		List<String> mutations = new ArrayList<>();
		Set<String> named = new TreeSet<>();
		boolean[] mustRefuse = { false };
		String path = path(operation, random, mutations, named);
		String query = query(operation, random, mutations, named);
		String uri = path + (query.isEmpty() ? "" : "?" + query);
		byte[] body = null;
		String contentType = null;
		if (operation.bodySchema() != null) {
			contentType = "application/json";
			double roll = random.nextDouble();
			if (roll < 0.05) {
				contentType = pick(random, CONTENT_TYPES);
				mutations.add("content-type " + contentType);
			}
			else if (roll < 0.07) {
				contentType = null;
				mutations.add("no content-type");
			}
			boolean utf8 = contentType != null && !contentType.contains("charset");
			body = body(operation, path, number, utf8, random, mutations, named, mustRefuse);
			mustRefuse[0] |= contentType == null || REFUSED_CONTENT_TYPES.contains(contentType);
		}
		String ifMatch = null;
		if (operation.writes() && PARAMETER.matcher(operation.path()).find() && random.nextDouble() < 0.75) {
			// the version the resource is at, as a careful client sends it; sometimes a stale or broken one
			String etag = etagOf(path);
			double roll = random.nextDouble();
			if (roll < 0.8 && etag != null) {
				ifMatch = etag;
			}
			else {
				ifMatch = pick(random, IF_MATCHES);
				mutations.add("If-Match " + ifMatch);
			}
		}
		String accept = null;
		if (random.nextDouble() < 0.04) {
			accept = pick(random, ACCEPTS);
			mutations.add("accept " + accept);
		}
		if (mutations.isEmpty()) {
			mutations.add("plausible");
		}
		return new HostileCase(number, operation, uri, contentType, accept, ifMatch, body, List.copyOf(mutations),
				mustRefuse[0],
				Collections.unmodifiableSet(named));
	}

	// ---- the path and the query

	private String path(ApiOperation operation, Random random, List<String> mutations, Set<String> named) {
		StringBuilder built = new StringBuilder();
		String resource = null; // the path up to the last parameter filled in
		for (String segment : operation.path().substring(1).split("/")) {
			built.append('/');
			var parameter = PARAMETER.matcher(segment);
			if (!parameter.matches()) {
				built.append(segment);
				continue;
			}
			String value;
			if (random.nextDouble() < 0.2) {
				value = random.nextDouble() < 0.5 ? pick(random, REFUSED_TEXT) : pick(random, HOSTILE_TEXT);
				mutations.add("path " + parameter.group(1) + " hostile");
			}
			else {
				// the first id from the list it names, the next from what the resource so far holds
				List<String> candidates = resource == null ? ids(built.substring(0, built.length() - 1))
						: stringsIn(fetch(resource));
				value = candidates.isEmpty() ? pick(random, List.of("1", "2", "0", "-1", "999999")) : pick(random, candidates);
			}
			named.add(value);
			built.append(segmentEncoded(value));
			resource = built.toString();
		}
		return built.toString();
	}

	private String query(ApiOperation operation, Random random, List<String> mutations, Set<String> named) {
		List<String> pairs = new ArrayList<>();
		for (ApiOperation.Parameter parameter : operation.parameters()) {
			if (!"query".equals(parameter.in()) || !parameter.required() && random.nextDouble() < 0.4) {
				continue;
			}
			String value = queryValue(parameter, random, mutations);
			named.add(value);
			pairs.add(encoded(parameter.name()) + "=" + encoded(value));
		}
		if (random.nextDouble() < 0.05) {
			pairs.add("unknownParameter=" + encoded(pick(random, HOSTILE_TEXT)));
			mutations.add("unknown parameter");
		}
		return String.join("&", pairs);
	}

	private String queryValue(ApiOperation.Parameter parameter, Random random, List<String> mutations) {
		JsonNode schema = resolve(parameter.schema());
		String type = schema.path("type").asString("string");
		double roll = random.nextDouble();
		switch (type) {
			case "integer" -> {
				if (roll < 0.35) {
					return Integer.toString(1 + random.nextInt(50));
				}
				mutations.add(parameter.name() + " integer hostile");
				return pick(random, INTEGERS);
			}
			case "boolean" -> {
				if (roll < 0.6) {
					return Boolean.toString(random.nextBoolean());
				}
				mutations.add(parameter.name() + " boolean hostile");
				return pick(random, BOOLEANS);
			}
			default -> {
				List<String> allowed = new ArrayList<>();
				schema.path("enum").forEach(v -> allowed.add(v.asString()));
				if (!allowed.isEmpty() && roll < 0.5) {
					return pick(random, allowed);
				}
				if (roll < 0.55) {
					List<String> plausible = scalarsNamed(parameter.name());
					if (!plausible.isEmpty()) {
						return pick(random, plausible);
					}
					return random.nextBoolean() && !dates.isEmpty() ? pick(random, dates) : pick(random, strings);
				}
				if (roll < 0.7) {
					return pick(random, strings);
				}
				mutations.add(parameter.name() + " text hostile");
				return random.nextDouble() < 0.3 ? pick(random, REFUSED_DATES)
						: random.nextBoolean() ? pick(random, REFUSED_TEXT) : pick(random, HOSTILE_TEXT);
			}
		}
	}

	// ---- the body

	private byte[] body(ApiOperation operation, String path, int number, boolean utf8, Random random,
			List<String> mutations, Set<String> named, boolean[] mustRefuse) {
		JsonNode schema = operation.bodySchema();
		if (random.nextDouble() < 0.08) {
			String malformed = pick(random, MALFORMED);
			if ("[]".equals(malformed) && schema != null && "array".equals(schema.path("type").asText())) {
				malformed = "{}"; // an empty list is a body a list takes (budgets: none recorded)
			}
			mutations.add("malformed body " + excerpt(malformed, 20));
			mustRefuse[0] = true;
			return malformed.getBytes(StandardCharsets.UTF_8);
		}
		JsonNode body = random.nextDouble() < 0.5 ? sample(operation, path, number, random) : null;
		if (body == null) {
			body = synthesize(schema, null, 0, random);
		}
		ObjectNode root = NODES.objectNode().set("body", body);
		// harmless spoilings first, then at most one fatal one, last, so that nothing undoes it
		int neutral = random.nextInt(3);
		for (int m = 0; m < neutral; m++) {
			spoilNeutrally(pick(random, slots(root, schema)), random, mutations);
		}
		String raw = null;
		if (random.nextDouble() < 0.55) {
			for (int attempt = 0; attempt < 10 && !mustRefuse[0]; attempt++) {
				Slot slot = pick(random, slots(root, schema));
				int before = mutations.size();
				raw = spoilFatally(slot, random, mutations, utf8);
				mustRefuse[0] = mutations.size() > before;
			}
		}
		collectNamed(root.get("body"), named);
		byte[] bytes = JSON.writeValueAsBytes(root.get("body"));
		if (raw != null) {
			bytes = replaceMarker(bytes, raw, random, mutations);
		}
		if (random.nextDouble() < 0.03) {
			mutations.add("byte-order mark");
			byte[] withBom = new byte[bytes.length + 3];
			withBom[0] = (byte) 0xef;
			withBom[1] = (byte) 0xbb;
			withBom[2] = (byte) 0xbf;
			System.arraycopy(bytes, 0, withBom, 3, bytes.length);
			bytes = withBom;
		}
		else if (random.nextDouble() < 0.03 && bytes.length > 2) {
			int cut = 1 + random.nextInt(bytes.length - 1);
			mutations.add("truncated at " + cut + " of " + bytes.length);
			bytes = java.util.Arrays.copyOf(bytes, cut);
			mustRefuse[0] = true;
		}
		return bytes;
	}

	/** The resource as the API returned it (for a PUT) or one of its list (for a POST), with a new id. */
	private JsonNode sample(ApiOperation operation, String path, int number, Random random) {
		JsonNode schema = resolve(operation.bodySchema());
		if (!schema.has("properties")) {
			return null;
		}
		JsonNode found = fetch(path);
		if (found instanceof ArrayNode list && !list.isEmpty()) {
			found = list.get(random.nextInt(list.size()));
			if (found instanceof ObjectNode object && schema.path("properties").has("id")) {
				found = object.deepCopy().put("id", "hostile-" + number);
			}
		}
		if (!(found instanceof ObjectNode object)) {
			return null;
		}
		ObjectNode projected = NODES.objectNode();
		for (String name : schema.path("properties").propertyNames()) {
			if (object.has(name) && !readOnly(schema.path("properties").path(name))) {
				projected.set(name, object.get(name).deepCopy());
			}
		}
		return projected;
	}

	/** A value for the schema, from what the register holds under the same property name where it can. */
	private JsonNode synthesize(JsonNode schemaRef, String name, int depth, Random random) {
		JsonNode schema = resolve(schemaRef);
		String type = type(schema);
		switch (type) {
			case "object" -> {
				ObjectNode object = NODES.objectNode();
				if (schema.has("properties")) {
					for (var property : schema.path("properties").properties()) {
						if (!readOnly(property.getValue()) && depth < 4 && random.nextDouble() < 0.8) {
							object.set(property.getKey(), synthesize(property.getValue(), property.getKey(), depth + 1, random));
						}
					}
				}
				else if (schema.has("additionalProperties") && random.nextBoolean() && !strings.isEmpty()) {
					List<String> keys = scalarsNamed("dependsOn");
					object.set(pick(random, keys.isEmpty() ? strings : keys),
							synthesize(schema.path("additionalProperties"), name, depth + 1, random));
				}
				return object;
			}
			case "array" -> {
				ArrayNode array = NODES.arrayNode();
				int size = depth < 3 ? random.nextInt(3) : 0;
				for (int i = 0; i < size; i++) {
					array.add(synthesize(schema.path("items"), name, depth + 1, random));
				}
				return array;
			}
			case "number", "integer" -> {
				List<JsonNode> numbers = seenNamed(name).stream().filter(JsonNode::isNumber).toList();
				return numbers.isEmpty() ? NODES.numberNode(Math.round(random.nextDouble() * 100) / 100.0)
						: pick(random, numbers);
			}
			case "boolean" -> {
				return NODES.booleanNode(random.nextBoolean());
			}
			default -> {
				List<String> plausible = scalarsNamed(name);
				return NODES.stringNode(plausible.isEmpty() || random.nextDouble() < 0.05 ? pick(random, strings)
						: pick(random, plausible));
			}
		}
	}

	/** A place in the body a spoiling can go: a property of an object (present or not), an element, an entry. */
	private record Slot(JsonNode container, String key, int index, JsonNode schema, String path, boolean present) {
	}

	private List<Slot> slots(JsonNode root, JsonNode schema) {
		return slots(root, "body", -1, schema, "body", new ArrayList<>());
	}

	private List<Slot> slots(JsonNode container, String key, int index, JsonNode schemaRef, String path,
			List<Slot> into) {
		JsonNode schema = resolve(schemaRef);
		JsonNode value = index >= 0 ? container.get(index) : container.get(key);
		into.add(new Slot(container, key, index, schema, path, value != null));
		String prefix = "body".equals(path) ? "" : path + ".";
		if (value instanceof ObjectNode object && schema.has("properties")) {
			for (var property : schema.path("properties").properties()) {
				if (object.has(property.getKey())) {
					slots(object, property.getKey(), -1, property.getValue(), prefix + property.getKey(), into);
				}
				else if (!readOnly(property.getValue())) {
					into.add(new Slot(object, property.getKey(), -1, resolve(property.getValue()),
							prefix + property.getKey(), false));
				}
			}
		}
		else if (value instanceof ObjectNode object && schema.has("additionalProperties")) {
			for (String entry : List.copyOf(object.propertyNames())) {
				slots(object, entry, -1, schema.path("additionalProperties"), prefix + entry, into);
			}
		}
		else if (value instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				slots(array, null, i, schema.path("items"), ("body".equals(path) ? "" : path) + "[" + i + "]", into);
			}
		}
		return into;
	}

	/** Spoils one slot in a way the API may accept or refuse: removed, null, odd but valid text, numbers, lists. */
	private void spoilNeutrally(Slot slot, Random random, List<String> mutations) {
		String type = type(slot.schema());
		String at = slot.path();
		double roll = random.nextDouble();
		if (roll < 0.2 && slot.present()) {
			remove(slot);
			mutations.add("removed " + at);
		}
		else if (roll < 0.35) {
			set(slot, NODES.nullNode());
			mutations.add("null " + at);
		}
		else if (roll < 0.6 && "string".equals(type)) {
			String text = pick(random, HOSTILE_TEXT);
			set(slot, NODES.stringNode(text));
			mutations.add("hostile text " + at + "=" + excerpt(text, 12));
		}
		else if (roll < 0.7 && "string".equals(type)) {
			set(slot, NODES.stringNode("a".repeat(20_000 + random.nextInt(20_000))));
			mutations.add("long text " + at);
		}
		else if (roll < 0.8 && ("number".equals(type) || "integer".equals(type))) {
			String number = pick(random, NUMBERS);
			set(slot, JSON.readTree(number));
			mutations.add("number " + at + "=" + number);
		}
		else if (roll < 0.9 && value(slot) instanceof ArrayNode array && !array.isEmpty()) {
			if (random.nextBoolean()) {
				array.add(array.get(random.nextInt(array.size())).deepCopy());
				mutations.add("duplicate element in " + at);
			}
			else {
				JsonNode element = array.get(0);
				for (int i = 0; i < 300; i++) {
					array.add(element.deepCopy());
				}
				mutations.add("300 more elements in " + at);
			}
		}
		else {
			set(slot, synthesize(slot.schema(), slot.key(), 2, random));
			mutations.add("plausible " + at);
		}
	}

	/**
	 * Spoils one slot in a way every endpoint must refuse; answers raw JSON text to put in place of the marker
	 * when the spoiling is not a JSON value, or null when it could not spoil this slot.
	 */
	private String spoilFatally(Slot slot, Random random, List<String> mutations, boolean utf8) {
		String type = type(slot.schema());
		String at = slot.path();
		List<String> kinds = new ArrayList<>();
		if ("string".equals(type)) {
			kinds.addAll(List.of("refused text", "refused text", "long text of the wrong type"));
			if (isDateNamed(slot)) {
				kinds.addAll(List.of("refused date", "refused date"));
			}
			if (utf8) {
				kinds.add("not UTF-8");
			}
		}
		if (!"any".equals(type)) {
			kinds.addAll(List.of("wrong type", "wrong type", "nested 600 deep", "malformed value"));
		}
		if (value(slot) instanceof ObjectNode && slot.schema().has("properties")) {
			kinds.add("unknown field");
		}
		if (value(slot) instanceof ArrayNode) {
			kinds.add("null element");
		}
		if (slot.key() != null && slot.present() && slot.index() < 0 && !"body".equals(at)) {
			kinds.add("field twice");
		}
		if (kinds.isEmpty()) {
			return null;
		}
		String kind = pick(random, kinds);
		switch (kind) {
			case "refused text" -> {
				String text = pick(random, REFUSED_TEXT);
				set(slot, NODES.stringNode(text));
				mutations.add("refused text " + at + "=" + excerpt(text, 12));
			}
			case "refused date" -> {
				String date = pick(random, REFUSED_DATES);
				set(slot, NODES.stringNode(date));
				mutations.add("refused date " + at + "=" + date);
			}
			case "long text of the wrong type" -> {
				set(slot, NODES.numberNode(random.nextInt(1000)));
				mutations.add("number for text " + at);
			}
			case "wrong type" -> {
				set(slot, wrongType(type, random));
				mutations.add("wrong type " + at);
			}
			case "unknown field" -> {
				((ObjectNode) value(slot)).put("unknownField", "x");
				mutations.add("unknown field in " + at);
			}
			case "null element" -> {
				((ArrayNode) value(slot)).addNull();
				mutations.add("null element in " + at);
			}
			case "nested 600 deep" -> {
				set(slot, NODES.stringNode(MARKER));
				mutations.add("nested 600 deep at " + at);
				return "[".repeat(600) + "]".repeat(600);
			}
			case "malformed value" -> {
				set(slot, NODES.stringNode(MARKER));
				String malformed = pick(random, MALFORMED_VALUES);
				mutations.add("malformed value " + at + "=" + excerpt(malformed, 20));
				return malformed;
			}
			case "field twice" -> {
				String json = JSON.writeValueAsString(value(slot));
				set(slot, NODES.stringNode(MARKER));
				mutations.add("field twice " + at);
				return json + ", " + JSON.writeValueAsString(slot.key()) + ": " + json;
			}
			case "not UTF-8" -> {
				set(slot, NODES.stringNode(MARKER));
				mutations.add("not UTF-8 in " + at);
				return "NOT_UTF8";
			}
			default -> throw new IllegalStateException(kind);
		}
		return null;
	}

	private byte[] replaceMarker(byte[] serialized, String raw, Random random, List<String> mutations) {
		String text = new String(serialized, StandardCharsets.US_ASCII);
		int at = text.indexOf("\"" + MARKER + "\"");
		if (at < 0) {
			return serialized; // the marker was overwritten by a later spoiling
		}
		byte[] before = text.substring(0, at).getBytes(StandardCharsets.US_ASCII);
		byte[] after = text.substring(at + MARKER.length() + 2).getBytes(StandardCharsets.US_ASCII);
		byte[] middle = "NOT_UTF8".equals(raw) ? notUtf8(random) : raw.getBytes(StandardCharsets.UTF_8);
		byte[] result = new byte[before.length + middle.length + after.length];
		System.arraycopy(before, 0, result, 0, before.length);
		System.arraycopy(middle, 0, result, before.length, middle.length);
		System.arraycopy(after, 0, result, before.length + middle.length, after.length);
		return result;
	}

	private static byte[] notUtf8(Random random) {
		byte[] bad = pick(random, NOT_UTF8);
		byte[] string = new byte[bad.length + 4];
		string[0] = '"';
		string[1] = 'a';
		System.arraycopy(bad, 0, string, 2, bad.length);
		string[bad.length + 2] = 'b';
		string[bad.length + 3] = '"';
		return string;
	}

	private static JsonNode wrongType(String type, Random random) {
		List<JsonNode> others = new ArrayList<>();
		if (!"string".equals(type)) {
			others.add(NODES.stringNode("text"));
		}
		if (!"number".equals(type) && !"integer".equals(type)) {
			others.add(NODES.numberNode(123));
			others.add(NODES.numberNode(1.5));
		}
		if (!"boolean".equals(type)) {
			others.add(NODES.booleanNode(true));
		}
		if (!"object".equals(type)) {
			others.add(NODES.objectNode().put("a", "b"));
		}
		if (!"array".equals(type)) {
			others.add(NODES.arrayNode().add("a"));
		}
		return pick(random, others);
	}

	private boolean isDateNamed(Slot slot) {
		List<String> values = scalarsNamed(slot.key());
		return !values.isEmpty() && values.stream().allMatch(v -> DATE.matcher(v).matches());
	}

	private static JsonNode value(Slot slot) {
		return slot.index() >= 0 ? slot.container().get(slot.index()) : slot.container().get(slot.key());
	}

	private static void set(Slot slot, JsonNode value) {
		if (slot.index() >= 0) {
			((ArrayNode) slot.container()).set(slot.index(), value);
		}
		else {
			((ObjectNode) slot.container()).set(slot.key(), value);
		}
	}

	private static void remove(Slot slot) {
		if (slot.index() >= 0) {
			((ArrayNode) slot.container()).remove(slot.index());
		}
		else {
			((ObjectNode) slot.container()).remove(slot.key());
		}
	}

	// ---- what the register and the API hold

	private List<String> ids(String collection) {
		List<String> ids = new ArrayList<>();
		JsonNode list = fetch(collection);
		if (list instanceof ArrayNode array) {
			array.forEach(item -> {
				// an account is named by its username
				JsonNode id = item.has("id") ? item.path("id") : item.path("username");
				if (id.isString()) {
					ids.add(id.asString());
				}
			});
		}
		return ids;
	}

	private JsonNode fetch(String path) {
		JsonNode json = fetched(path).json();
		return json == null ? NODES.missingNode() : json;
	}

	private Fetched fetched(String path) {
		return gets.computeIfAbsent(path, get);
	}

	/** The ETag of the resource at the path, or of the nearest resource it is part of (a join: the collaboration). */
	private String etagOf(String path) {
		for (String at = path; at.lastIndexOf('/') > 0; at = at.substring(0, at.lastIndexOf('/'))) {
			String etag = fetched(at).etag();
			if (etag != null) {
				return etag;
			}
		}
		return null;
	}

	/** What the API answers changed (the register was put back, at new versions): read it afresh. */
	void forget() {
		gets.clear();
	}

	private static List<String> stringsIn(JsonNode node) {
		Set<String> found = new LinkedHashSet<>();
		collect(null, node, new TreeMap<>(), found);
		return List.copyOf(found);
	}

	private List<JsonNode> seenNamed(String name) {
		return name == null ? List.of() : seen.getOrDefault(name, List.of());
	}

	private List<String> scalarsNamed(String name) {
		List<String> found = new ArrayList<>();
		for (String candidate : name == null ? List.<String>of() : List.of(name, name + "s")) {
			seenNamed(candidate).stream().filter(JsonNode::isString).forEach(v -> found.add(v.asString()));
		}
		return found;
	}

	private static void collect(String name, JsonNode node, Map<String, Set<String>> seen, Set<String> strings) {
		if (node == null) {
			return;
		}
		if (node.isObject()) {
			for (var property : node.properties()) {
				collect(property.getKey(), property.getValue(), seen, strings);
			}
		}
		else if (node.isArray()) {
			node.forEach(element -> collect(name, element, seen, strings));
		}
		else if (node.isString() || node.isNumber()) {
			if (node.isString()) {
				strings.add(node.asString());
			}
			if (name != null) {
				seen.computeIfAbsent(name, n -> new TreeSet<>()).add(JSON.writeValueAsString(node));
			}
		}
	}

	private static void collectNamed(JsonNode node, Set<String> named) {
		if (node == null) {
			return;
		}
		if (node.isString()) {
			named.add(node.asString());
		}
		node.forEach(child -> collectNamed(child, named));
		if (node.isObject()) {
			named.addAll(node.propertyNames());
		}
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode resolved = schema;
		for (int hops = 0; resolved != null && resolved.has("$ref") && hops < 10; hops++) {
			String ref = resolved.path("$ref").asString();
			resolved = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
		}
		return resolved == null ? NODES.objectNode() : resolved;
	}

	private static String type(JsonNode schema) {
		if (schema.has("type")) {
			return schema.path("type").asString();
		}
		return schema.has("properties") || schema.has("additionalProperties") ? "object" : "any";
	}

	private static boolean readOnly(JsonNode schema) {
		return schema.path("readOnly").asBoolean(false);
	}

	private static JsonNode parse(String json) {
		return JSON.readTree(json);
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	static String segmentEncoded(String value) {
		return value.isEmpty() ? "%20" : encoded(value);
	}

	static String excerpt(String text, int max) {
		String escaped = text.codePoints().mapToObj(c -> c < 0x20 || c == 0x7f || c >= 0xd800 && c <= 0xdfff
				|| c > 0x7e && c < 0xa0 ? String.format("\\u%04x", c) : Character.toString(c))
			.reduce(new StringBuilder(), StringBuilder::append, StringBuilder::append).toString();
		return escaped.length() <= max ? escaped : escaped.substring(0, max) + "…(" + text.length() + " chars)";
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}
}
