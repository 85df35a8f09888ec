// CSV as RFC 4180 writes it (comma, CRLF, quotes doubled), safe to open in a
// spreadsheet: a text cell that starts with = + - @ (or a tab or CR) is
// prefixed with ' so it is not run as a formula (OWASP "CSV injection").
// Numbers are written as numbers. The file starts with a UTF-8 BOM so Excel
// reads accented names right.

export type CsvCell = string | number | boolean | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return "\uFEFF" + [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
