package org.concordat.interchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concordat.collaboration.CollaborationRules;
import org.concordat.interchange.Columns.Field;

/**
 * The empty sheet a force fills in: the columns the import finds by their headers, one row per membership. The
 * XLSX has a second sheet saying what each column takes; the CSV is the header row alone. Neither holds example
 * rows, which an import would take for data.
 */
final class SheetTemplate {

	/** Each field's header in the template, and what it takes. */
	static final Map<Field, String[]> COLUMNS = columns();

	private SheetTemplate() {
	}

	private static Map<Field, String[]> columns() {
		Map<Field, String[]> c = new LinkedHashMap<>();
		c.put(Field.collaboration, new String[] { "Collaboration id",
				"The register's id (lower case, hyphens); empty: found by name, or made from it for a new one" });
		c.put(Field.name, new String[] { "Collaboration name", "Required for a new collaboration" });
		c.put(Field.kind, new String[] { "Kind", "A new collaboration's kind, e.g. strategic alliance" });
		c.put(Field.scope, new String[] { "Scope", "One of " + sorted(CollaborationRules.SCOPES) });
		c.put(Field.status, new String[] { "Status", "One of " + sorted(CollaborationRules.STATUSES) });
		c.put(Field.started, new String[] { "Started", "YYYY, YYYY-MM or YYYY-MM-DD" });
		c.put(Field.ended, new String[] { "Ended", "YYYY, YYYY-MM or YYYY-MM-DD; required when the status is ended" });
		c.put(Field.force, new String[] { "Force", "The force's id or name, as the register has it (required)" });
		c.put(Field.role, new String[] { "Role", "One of " + sorted(CollaborationRules.ROLES) });
		c.put(Field.joined, new String[] { "Joined", "When the force joined; empty: since the start" });
		c.put(Field.left, new String[] { "Left", "When the force left (a withdrawal); empty: still a member" });
		c.put(Field.costShare, new String[] { "Cost share", "The force's share of the cost: 0.25 or 25%" });
		c.put(Field.functions, new String[] { "Functions",
				"Policing functions (ids or names from the register), separated by ; — added, never removed" });
		return c;
	}

	private static String sorted(java.util.Set<String> values) {
		return String.join(", ", values.stream().sorted().toList());
	}

	static byte[] csv() {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(COLUMNS.values().stream().map(c -> c[0]).toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFCellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			XSSFSheet memberships = workbook.createSheet("Memberships");
			var header = memberships.createRow(0);
			int column = 0;
			for (String[] c : COLUMNS.values()) {
				var cell = header.createCell(column);
				cell.setCellValue(c[0]);
				cell.setCellStyle(bold);
				memberships.setColumnWidth(column, Math.max(12, c[0].length() + 4) * 256);
				column++;
			}
			memberships.createFreezePane(0, 1);
			XSSFSheet notes = workbook.createSheet("Columns");
			var top = notes.createRow(0);
			top.createCell(0).setCellValue("Column");
			top.createCell(1).setCellValue("What it takes (one row per force's membership of a collaboration)");
			top.getCell(0).setCellStyle(bold);
			top.getCell(1).setCellStyle(bold);
			int r = 1;
			for (String[] c : COLUMNS.values()) {
				var row = notes.createRow(r++);
				row.createCell(0).setCellValue(c[0]);
				row.createCell(1).setCellValue(c[1]);
			}
			notes.setColumnWidth(0, 22 * 256);
			notes.setColumnWidth(1, 100 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
