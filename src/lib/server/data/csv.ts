/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, a field quoted when it
 * holds a comma, a double quote, CR or LF, and a quote inside it doubled. The files are UTF-8
 * without a byte-order mark.
 */

/** One field, quoted only where RFC 4180 requires it. */
function field(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A header row and its records as CSV text, every record ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
	return [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
