package org.concordat.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concordat.web.InvalidInputException;

/**
 * A spreadsheet as text: its header row and the rows under it, each cell trimmed, as CSV (Apache Commons CSV) or
 * the first sheet of an XLSX workbook (Apache POI) gives them. Rows with nothing in them are skipped; a row keeps
 * its number in the file (the header is row 1), which is how problems name it.
 *
 * <p>Bounds, so that no upload can exhaust the heap: at most {@link #MAX_ROWS} rows and {@link #MAX_COLUMNS}
 * columns, cells of at most {@link #MAX_CELL} characters. A workbook is a zip: POI refuses one whose entries expand
 * more than 100 times (a zip bomb) or past {@link #MAX_ENTRY_BYTES} ({@link ZipSecureFile}).
 */
record Sheet(List<String> headers, List<Row> rows) {

	static final int MAX_ROWS = 5_000;

	static final int MAX_COLUMNS = 50;

	static final int MAX_CELL = 2_000;

	/**
	 * The largest part of a workbook POI will inflate. Measured with POI 5.5.1: {@link #MAX_ROWS} rows of the
	 * template's 13 columns make a 187 KB workbook whose sheet is 2.2 MB of XML; POI holds a sheet as a DOM, several
	 * times its size in the heap, so a part may be seven times that and no more.
	 */
	static final long MAX_ENTRY_BYTES = 16L * 1024 * 1024;

	static final String CSV = "text/csv";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static {
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
		ZipSecureFile.setMaxFileCount(1_000);
	}

	/** A row of the file: its number there (the header is 1) and its cells by column. */
	record Row(int number, List<String> cells) {

		String cell(int column) {
			return column < 0 || column >= cells.size() ? null : blankToNull(cells.get(column));
		}
	}

	static Sheet read(String type, byte[] bytes) {
		return XLSX.equals(type) ? xlsx(bytes) : csv(bytes);
	}

	private static Sheet csv(byte[] bytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
				&& (bytes[2] & 0xff) == 0xbf ? 3 : 0; // a byte-order mark, as spreadsheet programs write
		String text;
		try {
			text = decoder.decode(java.nio.ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
		}
		catch (CharacterCodingException e) {
			throw new InvalidInputException("body", "the CSV is not UTF-8 text (save it as \"CSV UTF-8\")");
		}
		List<List<String>> lines = new ArrayList<>();
		try (Reader reader = new java.io.StringReader(text);
				CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get().parse(reader)) {
			for (CSVRecord record : parser) {
				if (lines.size() > MAX_ROWS) {
					throw tooMany();
				}
				List<String> cells = new ArrayList<>();
				record.forEach(cells::add);
				lines.add(cells);
			}
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
			throw new InvalidInputException("body", "not readable as CSV: " + reason(e));
		}
		return of(lines);
	}

	private static Sheet xlsx(byte[] bytes) {
		List<List<String>> lines = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.UK);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new InvalidInputException("body", "the workbook has no sheet");
			}
			var sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() > MAX_ROWS + 1) {
				throw tooMany();
			}
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					if (row.getLastCellNum() > MAX_COLUMNS) {
						throw new InvalidInputException("body", "more than " + MAX_COLUMNS + " columns in row " + (r + 1));
					}
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						cells.add(text(row.getCell(c, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.RETURN_BLANK_AS_NULL),
								formatter));
					}
				}
				lines.add(cells);
			}
		}
		catch (InvalidInputException e) {
			throw e;
		}
		catch (IOException | RuntimeException e) {
			// POI reports a broken or hostile workbook with many exception types (NotOfficeXmlFileException,
			// POIXMLException, a zip bomb's IOException, …): all are the client's file, none is a server error
			throw new InvalidInputException("body", "not a readable XLSX workbook: " + reason(e));
		}
		return of(lines);
	}

	/** A date cell as an ISO date (the register's form), a number without a spreadsheet's display rounding. */
	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return null;
		}
		var type = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		if (type == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
			if (DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().toLocalDate().toString();
			}
			return java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
		}
		if (type == org.apache.poi.ss.usermodel.CellType.FORMULA || type == org.apache.poi.ss.usermodel.CellType.ERROR) {
			return formatter.formatCellValue(cell);
		}
		return formatter.formatCellValue(cell);
	}

	private static Sheet of(List<List<String>> lines) {
		int header = 0;
		while (header < lines.size() && lines.get(header).stream().allMatch(c -> blankToNull(c) == null)) {
			header++;
		}
		if (header == lines.size()) {
			throw new InvalidInputException("body", "the sheet is empty: a header row naming its columns is required");
		}
		List<String> headers = lines.get(header).stream().map(c -> c == null ? "" : c.strip()).toList();
		if (headers.size() > MAX_COLUMNS) {
			throw new InvalidInputException("body", "more than " + MAX_COLUMNS + " columns");
		}
		List<Row> rows = new ArrayList<>();
		for (int i = header + 1; i < lines.size(); i++) {
			List<String> cells = lines.get(i);
			if (cells.stream().allMatch(c -> blankToNull(c) == null)) {
				continue;
			}
			for (String cell : cells) {
				if (cell != null && cell.length() > MAX_CELL) {
					throw new InvalidInputException("rows[" + (i + 1) + "]", "a cell is longer than " + MAX_CELL
							+ " characters");
				}
			}
			rows.add(new Row(i + 1, cells.stream().map(c -> c == null ? null : c.strip()).toList()));
		}
		if (rows.size() > MAX_ROWS) {
			throw tooMany();
		}
		return new Sheet(headers, List.copyOf(rows));
	}

	private static InvalidInputException tooMany() {
		return new InvalidInputException("body", "more than " + MAX_ROWS + " rows: split the sheet");
	}

	/** Why the file could not be read, in words: never a library's class names or stack. */
	private static String reason(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage());
			if (message.contains("Zip bomb") || message.contains("zip bomb")) {
				return "its contents expand far beyond its size (a zip bomb?)";
			}
			var line = java.util.regex.Pattern.compile("\\(line (\\d+)\\)").matcher(message);
			if (line.find()) {
				return "broken quoting on line " + line.group(1);
			}
		}
		return "save it from a spreadsheet program";
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
