/**
 * Camera maths of the map, pure: the bounds to fit, the view reported to the explorer, and
 * whether a view asked for is the one already shown. Leaflet applies them (`LeafletMap`,
 * `EventMarkers`); these only compute.
 *
 * The event markers and the basemap exist once, between −180° and 180° (`worldCopyJump` brings the
 * reader back to that copy of the world), so bounds never straddle the antimeridian: events on
 * both sides of it are fitted by the span between them across the map, not across the date line.
 */
import type { Bounds, MapView } from '$lib/state/explorer.svelte';
import type { GridCell, PointIndex } from './cluster';
import { xToLon, yToLat } from './mercator';

/** The closest zoom of the map (the online tiles' limit); a cluster there spreads instead. */
export const MAX_ZOOM = 18;

/** A position as Leaflet takes it: latitude, longitude. */
export type LatLon = [lat: number, lon: number];

/** Bounds as Leaflet takes them: south-west corner, north-east corner. */
export type LatLonBounds = [southWest: LatLon, northEast: LatLon];

/** The world without Antarctica: the view before data arrives, and when no event has a place. */
export const WORLD: LatLonBounds = [
	[-56, -170],
	[76, 180]
];

/**
 * The bounds of the indexed points that pass the filter mask (`mask[order]` non-zero), or null
 * when none does.
 */
export function pointBounds(index: PointIndex, mask: Uint8Array): LatLonBounds | null {
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	for (let i = 0; i < index.size; i++) {
		if (!mask[index.order[i]!]) continue;
		const x = index.x[i]!;
		const y = index.y[i]!;
		if (x < x0) x0 = x;
		if (x > x1) x1 = x;
		if (y < y0) y0 = y;
		if (y > y1) y1 = y;
	}
	if (x0 > x1) return null;
	// Web Mercator y grows southwards: the largest y is the south edge.
	return [
		[yToLat(y1), xToLon(x0)],
		[yToLat(y0), xToLon(x1)]
	];
}

/** The bounds of a grid cell's points (what zooming in to a cluster fits). */
export function cellBounds(cell: Pick<GridCell, 'minX' | 'minY' | 'maxX' | 'maxY'>): LatLonBounds {
	return [
		[yToLat(cell.maxY), xToLon(cell.minX)],
		[yToLat(cell.minY), xToLon(cell.maxX)]
	];
}

/**
 * A longitude brought into −180 ≤ lon < 180. Panning past the antimeridian moves the map's
 * centre beyond ±180° until `worldCopyJump` brings it back; the explorer (and the URL) get the
 * same place either way.
 */
export function wrapLon(lon: number): number {
	return ((((lon + 180) % 360) + 360) % 360) - 180;
}

function round(v: number, digits: number): number {
	const k = 10 ** digits;
	return Math.round(v * k) / k;
}

/**
 * What the explorer is told of the map's view: the centre to 5 decimals (about a metre, so the
 * URL stays short), its longitude wrapped, and the bounds to 4 decimals as Leaflet gives them
 * (not wrapped: `inBounds` reads a west edge below −180° or an east edge above 180°).
 */
export function viewOf(
	centre: { lat: number; lng: number },
	zoom: number,
	bounds: Bounds
): { view: MapView; bounds: Bounds } {
	return {
		view: { lat: round(centre.lat, 5), lon: round(wrapLon(centre.lng), 5), zoom },
		bounds: {
			west: round(bounds.west, 4),
			south: round(bounds.south, 4),
			east: round(bounds.east, 4),
			north: round(bounds.north, 4)
		}
	};
}

/**
 * True when the map already shows a view asked for (within the rounding of `viewOf`), so
 * applying it would only move the map by a rounding error and report a move back.
 */
export function showsView(centre: { lat: number; lng: number }, zoom: number, v: MapView): boolean {
	return (
		Math.abs(centre.lat - v.lat) < 1e-5 && Math.abs(centre.lng - v.lon) < 1e-5 && zoom === v.zoom
	);
}

/** The closest zoom at which the offline basemap (country outlines) still shows anything. */
export const OFFLINE_MAX_ZOOM = 6;

/**
 * The zoom that frames a place known to `precision`: a site close in, a city with its
 * surroundings, a region, a country to about its size. On the offline basemap, which has only
 * country outlines, closer than {@link OFFLINE_MAX_ZOOM} would show blank land, so finer places
 * stop there (a country still frames wider). Null when the place gives no scale (unknown, online):
 * the camera keeps its zoom then.
 */
export function precisionZoom(precision: string | undefined, tiles = true): number | null {
	const z = ZOOMS.get(precision ?? '');
	if (z === undefined) return null;
	return tiles ? z : Math.min(z, OFFLINE_MAX_ZOOM - (precision === 'country' ? 2 : 0));
}

const ZOOMS = new Map([
	['site', 13],
	['city', 10],
	['region', 7],
	['country', 5]
]);
