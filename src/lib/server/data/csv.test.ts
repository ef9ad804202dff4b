import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { parseCsv } from './fixtures/read-csv';

describe('toCsv', () => {
	it('round-trips fields holding commas, quotes, line breaks and non-Latin letters', () => {
		const rows = [
			['Dushanbe, capital', 'the “Tehran” ceasefire', 'said "no"', 'line\nbreak', 'cr\r\nlf'],
			['', 'Қӯрғонтеппа', ' padded ', '"', ',']
		];
		const text = toCsv(['a', 'b', 'c', 'd', 'e'], rows);
		expect(parseCsv(text)).toEqual([['a', 'b', 'c', 'd', 'e'], ...rows]);
	});

	it('quotes only the fields that need it, and ends every record in CRLF', () => {
		expect(toCsv(['x', 'y'], [['plain', 'a,b']])).toBe('x,y\r\nplain,"a,b"\r\n');
		expect(toCsv(['q'], [['say "hi"']])).toBe('q\r\n"say ""hi"""\r\n');
	});

	it('is read back wrongly if a quote is not doubled, so the reader checks the writer', () => {
		expect(() => parseCsv('a\r\n"say "hi""\r\n')).toThrow();
	});
});
