/**
 * Marker icons drawn on a canvas at start-up: the style has no sprite (no request leaves the
 * site), and a shape per layer keeps the layers apart for readers who cannot tell the colours.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { EventLayer } from '$lib/geo/layers';

/** The shapes of markers (a line layer has none). */
type Shape = EventLayer['shape'];

const SIZE = 22;
const PIXEL_RATIO = 2;

function path(ctx: CanvasRenderingContext2D, shape: Shape, s: number): void {
	const c = s / 2;
	const r = s * 0.36;
	ctx.beginPath();
	if (shape === 'square') ctx.rect(c - r * 0.85, c - r * 0.85, r * 1.7, r * 1.7);
	else if (shape === 'diamond') {
		ctx.moveTo(c, c - r * 1.15);
		ctx.lineTo(c + r * 1.15, c);
		ctx.lineTo(c, c + r * 1.15);
		ctx.lineTo(c - r * 1.15, c);
		ctx.closePath();
	} else if (shape === 'triangle') {
		ctx.moveTo(c, c - r * 1.15);
		ctx.lineTo(c + r * 1.1, c + r * 0.8);
		ctx.lineTo(c - r * 1.1, c + r * 0.8);
		ctx.closePath();
	} else ctx.arc(c, c, r, 0, Math.PI * 2);
}

/** Draws one icon: the shape filled with `color`, a white halo and a dark edge. */
function drawIcon(shape: Shape, color: string): ImageData {
	const s = SIZE * PIXEL_RATIO;
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = s;
	const ctx = canvas.getContext('2d')!;
	ctx.lineJoin = 'round';
	path(ctx, shape, s);
	ctx.lineWidth = 6 * PIXEL_RATIO;
	ctx.strokeStyle = '#ffffff';
	ctx.stroke();
	ctx.fillStyle = color;
	ctx.fill();
	ctx.lineWidth = 1.2 * PIXEL_RATIO;
	ctx.strokeStyle = '#1f2a33';
	ctx.stroke();
	return ctx.getImageData(0, 0, s, s);
}

/** Adds an icon to the map's style under `name` unless it is there already. */
export function addIcon(map: MapLibreMap, name: string, shape: Shape, color: string): void {
	if (!map.hasImage(name)) map.addImage(name, drawIcon(shape, color), { pixelRatio: PIXEL_RATIO });
}
