/**
 * Pure questions the explorer asks of events: in the time window, in the map's bounds, where in
 * a time-ordered list.
 */
import type { AtlasEvent } from '$lib/model/types';

/** Map bounds in degrees. */
export interface Bounds {
	west: number;
	south: number;
	east: number;
	north: number;
}

/** A time range in UTC milliseconds. */
export interface TimeWindow {
	start: number;
	end: number;
}

/** True when an event overlaps the window (an event with no window is always in it). */
export function inWindow(e: AtlasEvent, w: TimeWindow | null): boolean {
	return !w || (e.time.latest >= w.start && e.time.earliest <= w.end);
}

/** True when an event has a position inside the bounds. */
export function inBounds(e: AtlasEvent, b: Bounds | null): boolean {
	if (!b) return true;
	const { lat, lon } = e.place;
	if (lat === undefined || lon === undefined) return false;
	if (lat < b.south || lat > b.north) return false;
	if (b.east - b.west >= 360) return true;
	const w = ((((b.west + 180) % 360) + 360) % 360) - 180;
	const x = ((((lon - w) % 360) + 360) % 360) + w;
	return x <= w + (b.east - b.west);
}

/** Position of an event in a time-ordered list (binary search on `order`), or -1. */
export function indexInTimeOrder(list: AtlasEvent[], e: AtlasEvent): number {
	let lo = 0;
	let hi = list.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const o = list[mid]!.order;
		if (o === e.order) return list[mid] === e ? mid : list.indexOf(e);
		if (o < e.order) lo = mid + 1;
		else hi = mid - 1;
	}
	return -1;
}
