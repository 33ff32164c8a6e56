package org.concordat.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.concordat.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/import/spreadsheet} on the tiny register: a dry run says what each row would do and writes
 * nothing; a commit writes only when no row is refused, as one merge import with one audit entry; an editor's
 * rows are judged by its edit rights; unreadable files are refused with problem+json, never 5xx.
 */
class SpreadsheetImportTests extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private static final MediaType XLSX = MediaType.parseMediaType(Sheet.XLSX);

	/** A force's published list: a new membership of mg, and a new dog unit with two members. */
	private static final String SHEET = """
			Collaboration id,Collaboration name,Kind,Scope,Status,Started,Force,Role,Joined,Cost share,Functions
			mg,,,,,,dford,member,2019,0%,
			,North Dogs Unit,dog unit,regional,active,2019,AFORD Police,host,,50%,Dogs
			,North Dogs Unit,,,,,bford,member,,0.5,
			""";

	@BeforeEach
	void tiny() {
		load(Fixtures.tinyRegister());
	}

	@Test
	void aDryRunSaysWhatEachRowWouldDoAndWritesNothing() {
		JsonNode answer = send(web, "?dryRun=true", CSV, SHEET.getBytes(StandardCharsets.UTF_8), 200);
		assertThat(answer.path("dryRun").asBoolean()).isTrue();
		assertThat(answer.path("committed").asBoolean()).isFalse();
		assertThat(actions(answer)).containsExactly("add membership", "create collaboration", "add to new collaboration");
		JsonNode rows = answer.path("rows");
		assertThat(rows.get(0).path("row").asInt()).isEqualTo(2);
		assertThat(rows.get(1).path("collaboration").asString()).isEqualTo("north-dogs-unit");
		assertThat(rows.get(1).path("force").asString()).as("found by name").isEqualTo("aford");
		assertThat(rows.get(0).path("changes").toString()).contains("dford joins 2019 as member");
		assertThat(answer.path("counts").path("collaborationsCreated").asInt()).isEqualTo(1);
		assertThat(answer.path("counts").path("refused").asInt()).isZero();
		assertThat(answer.path("columns").path("costShare").asString()).isEqualTo("Cost share");
		web.get().uri("/api/collaborations/north-dogs-unit").exchange().expectStatus().isNotFound();
		web.get().uri("/api/collaborations/mg").exchange().expectBody().jsonPath("$.members.length()").isEqualTo(3);
	}

	@Test
	void aCommitWritesTheSheetAsOneMergeWithOneAuditEntryAndItsDigest() {
		byte[] file = SHEET.getBytes(StandardCharsets.UTF_8);
		long entries = auditEntries();
		JsonNode answer = send(web, "?dryRun=false", CSV, file, 200);
		assertThat(answer.path("committed").asBoolean()).isTrue();
		web.get().uri("/api/collaborations/north-dogs-unit").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.name").isEqualTo("North Dogs Unit")
			.jsonPath("$.hostForce").isEqualTo("aford")
			.jsonPath("$.functions[0]").isEqualTo("dogs")
			.jsonPath("$.members[?(@.force == 'bford')].costShare").isEqualTo(List.of(0.5));
		web.get().uri("/api/collaborations/mg").exchange().expectBody()
			.jsonPath("$.members[?(@.force == 'dford')].joined").isEqualTo(List.of("2019"))
			.jsonPath("$.members.length()").isEqualTo(4);
		assertThat(auditEntries()).isEqualTo(entries + 1);
		Map<String, Object> entry = web.get().uri("/api/audit?limit=1").exchange().expectStatus().isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			}).returnResult().getResponseBody().getFirst();
		assertThat(entry).containsEntry("action", "import").containsEntry("endpoint", "POST /api/import/spreadsheet");
		@SuppressWarnings("unchecked")
		Map<String, Object> document = (Map<String, Object>) entry.get("document");
		assertThat(document).containsEntry("sha256", sha256(file));
		assertThat(document.get("counts").toString()).contains("collaborations=2", "memberships=6");
		// the same sheet again changes nothing: every row is found as it is
		JsonNode again = send(web, "?dryRun=true", CSV, file, 200);
		assertThat(actions(again)).containsOnly("unchanged");
	}

	@Test
	void anEditorsRowsOutsideItsForcesAreRefusedEachWithItsReasonAndNothingIsWritten() {
		WebTestClient editor = as(Role.EDITOR, "bford");
		String sheet = """
				Collaboration,Force,Role,Cost share
				mg,bford,,20%
				alliance,cford,member,
				mg,aford,,0.4
				""";
		JsonNode dry = send(editor, "", CSV, sheet.getBytes(StandardCharsets.UTF_8), 200);
		assertThat(actions(dry)).containsExactly("change", "refused", "refused");
		assertThat(dry.path("rows").get(1).path("problems").get(0).path("reason").asString())
			.contains("only an editor for a force that hosts or leads 'alliance'");
		assertThat(dry.path("rows").get(1).path("problems").get(0).path("rights").asBoolean()).isTrue();
		assertThat(dry.path("rows").get(2).path("problems").get(0).path("reason").asString())
			.contains("the membership of 'aford'");
		JsonNode refused = send(editor, "?dryRun=false", CSV, sheet.getBytes(StandardCharsets.UTF_8), 403);
		assertThat(fields(refused)).containsExactly("rows[3].force", "rows[4].force");
		web.get().uri("/api/collaborations/mg").exchange().expectBody()
			.jsonPath("$.members[?(@.force == 'bford')].costShare").isEqualTo(List.of(0.25));
		// the row of its own force alone goes through
		String own = "Collaboration,Force,Cost share\nmg,bford,20%\n";
		send(editor, "?dryRun=false", CSV, own.getBytes(StandardCharsets.UTF_8), 200);
		web.get().uri("/api/collaborations/mg").exchange().expectBody()
			.jsonPath("$.members[?(@.force == 'bford')].costShare").isEqualTo(List.of(0.2));
	}

	@Test
	void eachRowsProblemsNameItsFieldAndColumnAndACommitWithAnyIsRefusedWhole() {
		String sheet = """
				Collaboration,Member force,Role,Joined,Share
				mg,nowhere,member,2019,
				mg,dford,chief,someday,lots
				mg,dford,member,2019,0.6
				""";
		JsonNode dry = send(web, "?column.force=Member force", CSV, sheet.getBytes(StandardCharsets.UTF_8), 200);
		JsonNode rows = dry.path("rows");
		assertThat(rows.get(0).path("problems").get(0).path("field").asString()).isEqualTo("force");
		assertThat(rows.get(0).path("problems").get(0).path("column").asString()).isEqualTo("Member force");
		assertThat(rows.get(0).path("problems").get(0).path("reason").asString()).contains("'nowhere'");
		assertThat(rows.get(1).path("problems").toString()).contains("costShare", "'lots' is not a share");
		assertThat(rows.get(1).path("problems").toString()).contains("role", "joined");
		assertThat(rows.get(2).path("problems").toString()).as("mg's shares would sum above 1")
			.contains("cost shares sum to");
		JsonNode refused = send(web, "?dryRun=false&column.force=Member force", CSV,
				sheet.getBytes(StandardCharsets.UTF_8), 400);
		assertThat(fields(refused)).contains("rows[2].force", "rows[3].costShare", "rows[4].costShare");
		web.get().uri("/api/collaborations/mg").exchange().expectBody().jsonPath("$.members.length()").isEqualTo(3);
	}

	@Test
	void aColumnItCannotFindIsRefusedWithTheSheetsHeadersSoThatItCanBeNamed() {
		String sheet = """
				Collaboration,Police force,Role
				mg,dford,member
				""";
		JsonNode refused = send(web, "?dryRun=true", CSV, sheet.getBytes(StandardCharsets.UTF_8), 400);
		assertThat(fields(refused)).containsExactly("column.force");
		assertThat(refused.path("headers").toString()).isEqualTo("[\"Collaboration\",\"Police force\",\"Role\"]");
		// named as the page names it once the person has chosen the column
		JsonNode dry = send(web, "?dryRun=true&column.force=Police force", CSV, sheet.getBytes(StandardCharsets.UTF_8), 200);
		assertThat(dry.path("columns").path("force").asString()).isEqualTo("Police force");
		assertThat(actions(dry)).containsExactly("add membership");
	}

	@Test
	void anXlsxWorkbookIsReadFromItsFirstSheetWithDatesAsTheRegisterWritesThem() throws IOException {
		byte[] workbook;
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = book.createSheet("List");
			var header = sheet.createRow(0);
			String[] headers = { "Collaboration id", "Force", "Joined", "Cost share" };
			for (int i = 0; i < headers.length; i++) {
				header.createCell(i).setCellValue(headers[i]);
			}
			var row = sheet.createRow(1);
			row.createCell(0).setCellValue("mg");
			row.createCell(1).setCellValue("dford");
			var joined = row.createCell(2);
			joined.setCellValue(java.time.LocalDate.of(2019, 4, 1));
			var style = book.createCellStyle();
			style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			joined.setCellStyle(style);
			row.createCell(3).setCellValue(0.1);
			book.write(out);
			workbook = out.toByteArray();
		}
		JsonNode dry = send(web, "", XLSX, workbook, 200);
		assertThat(actions(dry)).containsExactly("add membership");
		assertThat(dry.path("rows").get(0).path("changes").toString()).contains("dford joins 2019-04-01", "cost share 0.1");
	}

	@Test
	void aCorruptWorkbookOrAZipBombIsRefusedNamingTheBody() throws IOException {
		JsonNode corrupt = send(web, "", XLSX, "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.UTF_8), 400);
		assertThat(fields(corrupt)).containsExactly("body");
		// 40 MB of zeros in a zip of a few dozen kilobytes: POI's ZipSecureFile refuses it before inflating it all
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(new byte[40 * 1024 * 1024]);
			zip.closeEntry();
		}
		JsonNode refused = send(web, "", XLSX, bomb.toByteArray(), 400);
		assertThat(refused.path("errors").get(0).path("reason").asString()).contains("zip bomb");
		JsonNode notUtf8 = send(web, "", CSV, new byte[] { 'a', ',', (byte) 0xff, '\n' }, 400);
		assertThat(notUtf8.path("errors").get(0).path("reason").asString()).contains("UTF-8");
		JsonNode noForce = send(web, "", CSV, "Collaboration,Who\nmg,x\n".getBytes(StandardCharsets.UTF_8), 400);
		assertThat(fields(noForce)).containsExactly("column.force");
		JsonNode unknownColumn = send(web, "?column.force=Nope", CSV, "Collaboration,Force\n".getBytes(StandardCharsets.UTF_8), 400);
		assertThat(fields(unknownColumn)).containsExactly("column.force");
		web.post().uri("/api/import/spreadsheet").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
			.expectStatus().isEqualTo(415).expectBody().jsonPath("$.errors[0].reason").value(reason ->
					assertThat(reason.toString()).contains("text/csv"));
	}

	@Test
	void theTemplatesHoldEveryColumnTheImportFindsByItsHeader() throws IOException {
		byte[] csv = web.get().uri("/api/import/spreadsheet/template?format=csv").exchange().expectStatus().isOk()
			.expectHeader().valueMatches("Content-Disposition", ".*concordat-collaborations-template\\.csv.*")
			.expectBody(byte[].class).returnResult().getResponseBody();
		byte[] xlsx = web.get().uri("/api/import/spreadsheet/template?format=xlsx").exchange().expectStatus().isOk()
			.expectHeader().contentType(XLSX).expectBody(byte[].class).returnResult().getResponseBody();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getRow(0).getLastCellNum()).isEqualTo((short) Columns.Field.values().length);
		}
		for (var file : List.of(Map.entry(CSV, csv), Map.entry(XLSX, xlsx))) {
			JsonNode answer = send(web, "", file.getKey(), file.getValue(), 200);
			assertThat(answer.path("columns").size()).as("every field found by its header")
				.isEqualTo(Columns.Field.values().length);
			assertThat(answer.path("rows").size()).isZero();
		}
		web.get().uri("/api/import/spreadsheet/template?format=ods").exchange().expectStatus().isBadRequest();
		as(Role.VIEWER).post().uri("/api/import/spreadsheet").contentType(CSV).bodyValue(SHEET).exchange()
			.expectStatus().isForbidden();
	}

	private JsonNode send(WebTestClient client, String query, MediaType type, byte[] body, int status) {
		byte[] answer = client.post().uri("/api/import/spreadsheet" + query).contentType(type).bodyValue(body).exchange()
			.expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBody();
		return JSON.readTree(answer);
	}

	private static List<String> actions(JsonNode answer) {
		return answer.path("rows").valueStream().map(r -> r.path("action").asString()).toList();
	}

	private static List<String> fields(JsonNode problem) {
		return problem.path("errors").valueStream().map(e -> e.path("field").asString()).toList();
	}

	private long auditEntries() {
		return count("MATCH (e:AuditEntry) RETURN count(e)");
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
