import { describe, expect, it } from 'vitest';
import { reroute } from './hooks';

const route = (path: string) =>
	reroute({ url: new URL(`http://x${path}`), fetch } as Parameters<typeof reroute>[0]);

describe('reroute', () => {
	it.each([
		['/ru/place/kulyab', '/place/kulyab'],
		['/tg', '/'],
		['/tg/story/the-year-2013', '/story/the-year-2013'],
		['/ru/place/%', '/place/%25']
	])('routes %s as %s', (path, expected) => expect(route(path)).toBe(expected));

	it.each(['/place/kulyab', '/place/%D0%BA%D1%83%D0%BB%D1%8F%D0%B1', '/source', '/place/a%25b'])(
		'leaves the valid path %s alone',
		(path) => expect(route(path)).toBeUndefined()
	);
	it.each([
		['/place/%', '/place/%25'],
		['/place/%zz', '/place/%25zz'],
		['/place/%E0%A4%A', '/place/%25E0%25A4%25A'],
		['/place/100%', '/place/100%25']
	])('makes %s decodable', (path, expected) => {
		const out = route(path) as string;
		expect(out).toBe(expected);
		expect(() => decodeURI(out)).not.toThrow();
	});
});
