/**
 * The map view that frames a set of events, worked out without the map (as Leaflet's fitBounds
 * would), so that a refit after a filter goes through the explorer like any other view change.
 */
import { isLocated } from '$lib/map/markers';
import { TILE_SIZE, latToY, lonToX, xToLon, yToLat } from '$lib/map/mercator';
import type { AtlasEvent } from '$lib/model/types';
import type { MapView } from '$lib/state/explorer.svelte';

/**
 * The centre and the largest whole zoom (at most `maxZoom`, at least 1) at which every located
 * event fits a map of `width` × `height` px with `pad` px kept clear at each edge; null when no
 * event has a place on the map.
 */
export function fitMapView(
	events: readonly AtlasEvent[],
	width: number,
	height: number,
	{ pad = 32, maxZoom = 8 } = {}
): MapView | null {
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	for (const e of events) {
		if (!isLocated(e)) continue;
		const x = lonToX(e.place.lon!);
		const y = latToY(e.place.lat!);
		if (x < x0) x0 = x;
		if (x > x1) x1 = x;
		if (y < y0) y0 = y;
		if (y > y1) y1 = y;
	}
	if (x0 > x1) return null;
	const w = Math.max(1, width - 2 * pad);
	const h = Math.max(1, height - 2 * pad);
	// World pixels at zoom 0 the bounds span; a single point fits at any zoom.
	const dx = (x1 - x0) * TILE_SIZE;
	const dy = (y1 - y0) * TILE_SIZE;
	const fit = Math.min(dx > 0 ? w / dx : Infinity, dy > 0 ? h / dy : Infinity);
	const zoom = Math.max(1, Math.min(maxZoom, Math.floor(Math.log2(fit))));
	return { lat: yToLat((y0 + y1) / 2), lon: xToLon((x0 + x1) / 2), zoom };
}
