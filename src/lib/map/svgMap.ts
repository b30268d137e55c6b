/**
 * A static map as SVG path data, pure: countries and points in Web Mercator, framed on a set of
 * points. For print (a handout) where a live Leaflet map would print badly or not at all.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { latToY, lonToX } from './mercator';

/** The frame of a static map in Mercator units (x, y in [0, 1] of the world). */
export interface Frame {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * The frame around points (lat, lon), padded by a fifth of its size on each side and never
 * narrower than `min` of the world (one city alone still shows its region), with the given
 * aspect ratio (width / height).
 */
export function frameAround(
	points: readonly { lat: number; lon: number }[],
	aspect: number,
	min = 0.04
): Frame {
	if (points.length === 0) return { x: 0, y: 0.1, width: 1, height: 1 / aspect };
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	for (const p of points) {
		const x = lonToX(p.lon);
		const y = latToY(p.lat);
		if (x < x0) x0 = x;
		if (x > x1) x1 = x;
		if (y < y0) y0 = y;
		if (y > y1) y1 = y;
	}
	let w = Math.max(x1 - x0, min) * 1.4;
	let h = Math.max(y1 - y0, min) * 1.4;
	if (w / h < aspect) w = h * aspect;
	else h = w / aspect;
	const cx = (x0 + x1) / 2;
	const cy = (y0 + y1) / 2;
	return { x: cx - w / 2, y: cy - h / 2, width: w, height: h };
}

function ringPath(ring: readonly Position[]): string {
	let d = '';
	for (let i = 0; i < ring.length; i++) {
		const p = ring[i]!;
		const x = lonToX(p[0]!);
		const y = latToY(p[1]!);
		d += `${i ? 'L' : 'M'}${x.toFixed(5)} ${y.toFixed(5)}`;
	}
	return `${d}Z`;
}

/** A polygon or multipolygon as SVG path data in Mercator units. */
export function geometryPath(g: Polygon | MultiPolygon): string {
	const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	let d = '';
	for (const rings of polys) for (const r of rings) d += ringPath(r);
	return d;
}
