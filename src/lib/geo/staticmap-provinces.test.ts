/**
 * Tajikistan's provinces on the static map: their boundaries as a dashed line under the country's
 * outline, and their names at the zooms the live map shows them, giving way to the atlas's own
 * place labels.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { COLORS, PROVINCE } from './palette';
import { staticMapSvg, type BasemapData, type StaticPlace } from './staticmap';
import { provinceRows } from './staticmap-caps';

const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const empty = fc([]);

const provinces = fc([
	{
		type: 'Feature',
		properties: { kind: 'boundary' },
		geometry: {
			type: 'MultiLineString',
			coordinates: [
				[
					[0, -1],
					[0, 1]
				]
			]
		}
	},
	{
		type: 'Feature',
		properties: { kind: 'label', name: 'Sughd' },
		geometry: { type: 'Point', coordinates: [0.1, 0.05] }
	}
]);

const basemap: BasemapData = {
	context: empty,
	region: empty,
	tajikistan: fc([
		{
			type: 'Feature',
			properties: {},
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[-1, -1],
						[1, -1],
						[1, 1],
						[-1, 1],
						[-1, -1]
					]
				]
			}
		}
	]),
	border: empty,
	labels: empty,
	rivers: empty,
	lakes: empty,
	towns: empty,
	provinces,
	world: empty,
	outlines: empty
};

const svg = (zoom: number, places: StaticPlace[] = []) =>
	staticMapSvg(
		basemap,
		places,
		{ type: 'FeatureCollection', features: [] },
		{ camera: { center: [0, 0], zoom }, width: 400, height: 300, title: 'Provinces' }
	);

describe('staticMapSvg: the provinces', () => {
	it('draws their boundaries dash-dotted, above the land and under Tajikistan’s outline', () => {
		const out = svg(6);
		expect(out).toContain(
			`stroke="${PROVINCE.line}" stroke-width="1" stroke-dasharray="${PROVINCE.dash.join(' ')}"`
		);
		const line = out.indexOf(`stroke="${PROVINCE.line}" stroke-width="1" stroke-dasharray`);
		const outline = out.indexOf(`stroke="${COLORS.focusLine}"`);
		expect(line).toBeGreaterThan(out.indexOf(`fill="${COLORS.focus}"`));
		expect(line).toBeGreaterThan(0);
		expect(outline).toBeGreaterThan(line);
	});

	it.each([
		[4.9, false],
		[5, true],
		[8.9, true],
		[9, false]
	])('at zoom %s names them: %s', (zoom, named) => {
		expect(svg(zoom).includes('>SUGHD</tspan>')).toBe(named);
	});

	it('moves above or below an atlas place’s label, and gives way when no room is left', () => {
		// A town just left of the name's point: its label runs to the right, across the name.
		const town = (lat: number, slug = 'khujand'): StaticPlace => ({
			slug,
			name: 'Khujandabad',
			precision: 'centre',
			lng: 0.05,
			lat,
			point: true
		});
		const y = (out: string) => Number(/<tspan x="[^"]+" y="([^"]+)">SUGHD</.exec(out)?.[1]);
		const alone = y(svg(6));
		const moved = y(svg(6, [town(0.05)]));
		expect(svg(6, [town(0.05)])).toContain('>Khujandabad</text>');
		expect(Math.abs(moved - alone)).toBeGreaterThan(20);
		// Labels at the point and above and below it: no room.
		const crowd = [town(0.05, 'a'), town(0.42, 'b'), town(-0.32, 'c')];
		expect(svg(6, crowd)).not.toContain('SUGHD');
		// Far from the name, the name stays at its point.
		expect(y(svg(6, [town(-0.6)]))).toBe(alone);
	});

	it('wraps a long name in rows of about sixteen letters, in capitals', () => {
		expect(provinceRows('Districts of Republican Subordination')).toEqual([
			'DISTRICTS OF',
			'REPUBLICAN',
			'SUBORDINATION'
		]);
		expect(provinceRows('Gorno-Badakhshan')).toEqual(['GORNO-BADAKHSHAN']);
	});
});

describe('staticMapSvg: the capitals’ face', () => {
	const country = fc([
		{
			type: 'Feature',
			properties: { name: 'Tajikistan', focus: true },
			geometry: { type: 'Point', coordinates: [0, -0.5] }
		}
	]);
	const draw = (over: Partial<BasemapData>, zoom = 6) =>
		staticMapSvg(
			{ ...basemap, ...over },
			[],
			{ type: 'FeatureCollection', features: [] },
			{ camera: { center: [0, 0], zoom }, width: 400, height: 300, title: 'Caps' }
		);

	it('draws country and province names in the embedded Noto Sans capitals, spaced as live', () => {
		const out = draw({ labels: country });
		expect(out).toMatch(
			/<text [^>]*font-family="'Atlas Caps','Noto Sans',sans-serif" letter-spacing="1.8" font-size="15" font-weight="600"[^>]*>TAJIKISTAN<\/text>/
		);
		expect(out).toMatch(/font-family="'Atlas Caps'[^>]*>(<tspan[^>]*>SUGHD<\/tspan>)/);
		// Both weights, each once, as data URLs: an image may load no other file.
		const faces = out.match(
			/@font-face\{font-family:'Atlas Caps';font-weight:(\d+);src:url\(data:font\/woff2;base64,/g
		);
		expect(faces).toHaveLength(2);
	});

	it('embeds no face in a map that draws no capitals', () => {
		const out = draw({ provinces: empty }, 10);
		expect(out).not.toContain('@font-face');
		expect(out).not.toContain('Atlas Caps');
	});
});
