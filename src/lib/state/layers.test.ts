import { describe, expect, it } from 'vitest';
import { formatLayers, parseLayers, writeLayers } from './layers';

const ALL = ['bases', 'osce', 'clashes', 'peace', 'border'];
const q = (s: string) => new URLSearchParams(s);

describe('parseLayers', () => {
	it.each([
		['', ALL],
		['?layers=bases,osce', ['bases', 'osce']],
		['?layers=osce,bases', ['bases', 'osce']],
		['?layers=bases,nonsense,osce', ['bases', 'osce']],
		['?layers=BASES,%20osce', ['bases', 'osce']],
		['?layers=bases,bases', ['bases']],
		['?layers=', []],
		['?layers=%20', []],
		['?layers=nonsense', ALL],
		['?layers=%3Cscript%3E', ALL],
		['?layers=bases&layers=osce', ALL],
		[`?layers=${'bases,'.repeat(100)}`, ALL],
		// Up to 200 characters are read; more fall back to the default.
		[`?layers=osce${' '.repeat(196)}`, ['osce']],
		[`?layers=osce${' '.repeat(197)}`, ALL],
		['?other=1&layers=border', ['border']]
	])('%s', (search, expected) => {
		expect(parseLayers(q(search))).toEqual(expected);
	});
});

describe('formatLayers and writeLayers', () => {
	it('leaves the default out of the URL', () => {
		expect(formatLayers(ALL as never)).toBeNull();
		expect(writeLayers('?layers=bases', ALL as never)).toBe('');
	});
	it('writes the layers in panel order, keeping other parameters', () => {
		expect(formatLayers(['osce', 'bases'])).toBe('bases,osce');
		expect(writeLayers('?x=1', ['peace', 'bases'])).toBe('?x=1&layers=bases,peace');
		expect(writeLayers('', [])).toBe('?layers=');
	});
	it('round-trips', () => {
		for (const layers of [[], ['border'], ['bases', 'clashes', 'peace']] as const) {
			expect(parseLayers(q(writeLayers('', layers)))).toEqual(layers);
		}
	});
});
