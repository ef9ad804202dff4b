/**
 * The map's colours, shared by the live map's style (src/lib/map) and the static maps drawn at
 * build time (staticmap.ts), so that one replaces the other without a change of colour.
 * Tajikistan is set apart by lightness and outline, not by hue alone, and the Afghan border by
 * width and dash as well as colour, for colour-blind readers.
 */
export const COLORS = {
	background: '#d8e2e7',
	/**
	 * Every land but Tajikistan, at every scale the basemap holds (1:10m, 1:110m), in one colour:
	 * a second colour for the coarser data would draw its extent as a rectangle.
	 */
	neighbour: '#efebe3',
	neighbourLine: '#a39b8f',
	focus: '#fdfbf6',
	focusLine: '#4a3f33',
	border: '#b3261e',
	borderCasing: '#ffffff',
	label: '#3b342c',
	halo: '#fdfbf6',
	area: '#6d5a8c',
	areaLabel: '#4b3f63',
	place: '#ffffff',
	placeLine: '#1f2a33',
	selected: '#c25e00',
	hovered: '#1f4e5f',
	/**
	 * What the story's chapter highlights: Okabe–Ito yellow, a hue no layer marker
	 * uses, always edged in `placeLine` so the mark keeps 3:1 contrast on the pale land.
	 */
	featured: '#f0e442'
} as const;

/**
 * Tajikistan's provinces: a boundary quieter than any country's, and names in small capitals
 * that give way to the atlas's places and the towns.
 */
export const PROVINCE = {
	line: '#9c8f80',
	/**
	 * Dash and dot, the boundary's usual sign, in pixels at its width of 1: unlike the Afghan
	 * border's dashes and the regions' dashed circles.
	 */
	dash: [4, 2, 1, 2] as readonly number[],
	label: '#6e6253',
	halo: '#fdfbf6'
} as const;

/** Zooms at which province names are drawn: from where they fit to where a province fills the map. */
export const PROVINCE_LABEL_ZOOMS = [5, 9] as const;

/** Rivers and lakes. */
export const WATER = {
	fill: '#b7d0e1',
	line: '#7ea6c4',
	label: '#2f5f86',
	halo: '#f4f8fb'
} as const;

/** GeoNames towns, quieter than the atlas's own places. */
export const TOWN = {
	dot: '#fdfbf6',
	dotLine: '#6b6258',
	label: '#4d453c',
	halo: '#fdfbf6'
} as const;

/**
 * From which zoom a river or lake of a rank is drawn: rank 1 always, rank 2 from the first
 * zoom, rank 3 from the second.
 */
export const WATER_RANK_ZOOMS = { lines: [6, 8], lakeLabels: [7, 9], riverLabels: [7, 8] } as const;
