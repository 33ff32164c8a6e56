// CSV as RFC 4180 reads it: commas between fields, CRLF between rows, and a field quoted (with doubled quotes)
// whenever it holds a comma, quote or line break. Spreadsheet formula injection is defused by prefixing a quote
// to text that starts with =, +, - or @, since the register holds free text from many sources.

export type Cell = string | number | boolean | undefined | null;

export function csvField(value: Cell): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
