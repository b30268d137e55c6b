/**
 * The shown events indexed for window queries: built once per filter change (O(n log n)), then
 * each query for a window costs O(log n) plus the events it returns, so panning and zooming
 * never walk the whole dataset.
 */
import type { AtlasEvent } from '$lib/model/types';

const DAY = 86_400_000;

/**
 * Duration classes: a query for a window scans each class only from `cap` before the window, so
 * a few decade-long events never make every query scan a decade of short ones.
 */
const TIER_CAPS = [2 * DAY, 32 * DAY, 370 * DAY, 3700 * DAY, Infinity];

/** Events of one duration class, sorted by earliest instant. */
interface Tier {
	/** Shortest duration in the class (the previous class's cap). */
	min: number;
	/** Longest possible duration in the class. */
	cap: number;
	events: AtlasEvent[];
	earliest: Float64Array;
}

/** Sorted instants of the shown events, and the events by duration class. */
export interface TimeIndex {
	count: number;
	/** Earliest instants, ascending (the events are in time order). */
	earliest: Float64Array;
	/** Latest instants, ascending. */
	latest: Float64Array;
	/** Midpoints, ascending: buckets count an event once, at its midpoint. */
	mid: Float64Array;
	tiers: Tier[];
}

/** Build the time index of events already sorted by earliest instant. */
export function buildTimeIndex(events: AtlasEvent[]): TimeIndex {
	const n = events.length;
	const earliest = new Float64Array(n);
	const latest = new Float64Array(n);
	const mid = new Float64Array(n);
	const byTier: AtlasEvent[][] = TIER_CAPS.map(() => []);
	for (let i = 0; i < n; i++) {
		const t = events[i]!.time;
		earliest[i] = t.earliest;
		latest[i] = t.latest;
		mid[i] = t.earliest + (t.latest - t.earliest) / 2;
		const d = t.latest - t.earliest;
		let k = 0;
		while (d > TIER_CAPS[k]!) k++;
		byTier[k]!.push(events[i]!);
	}
	latest.sort();
	mid.sort();
	const tiers = byTier.map((list, k) => ({
		min: k === 0 ? 0 : TIER_CAPS[k - 1]!,
		cap: TIER_CAPS[k]!,
		events: list,
		earliest: Float64Array.from(list, (e) => e.time.earliest)
	}));
	return { count: n, earliest, latest, mid, tiers };
}

/** Index of the first value greater than `t` in an ascending array. */
export function upperBound(a: Float64Array, t: number): number {
	let lo = 0;
	let hi = a.length;
	while (lo < hi) {
		const m = (lo + hi) >>> 1;
		if (a[m]! <= t) lo = m + 1;
		else hi = m;
	}
	return lo;
}

/** Index of the first value at least `t` in an ascending array. */
export function lowerBound(a: Float64Array, t: number): number {
	let lo = 0;
	let hi = a.length;
	while (lo < hi) {
		const m = (lo + hi) >>> 1;
		if (a[m]! < t) lo = m + 1;
		else hi = m;
	}
	return lo;
}

/**
 * How many events overlap [start, end], exactly, in O(log n): all of them, less those that end
 * before the window and those that begin after it (no event does both).
 */
export function countOverlapping(ix: TimeIndex, start: number, end: number): number {
	return upperBound(ix.earliest, end) - lowerBound(ix.latest, start);
}

/**
 * Events overlapping [start, end] whose duration class starts at or below `maxMin`, in time
 * order, stopping once more than `limit` are found.
 */
export function eventsInRange(
	ix: TimeIndex,
	start: number,
	end: number,
	limit = Infinity,
	maxMin = Infinity
): { events: AtlasEvent[]; complete: boolean } {
	const out: AtlasEvent[] = [];
	for (const tier of ix.tiers) {
		if (tier.min > maxMin || tier.events.length === 0) continue;
		const from = lowerBound(tier.earliest, start - tier.cap);
		const to = upperBound(tier.earliest, end);
		for (let i = from; i < to; i++) {
			const e = tier.events[i]!;
			if (e.time.latest < start) continue;
			if (out.length >= limit) return { events: out, complete: false };
			out.push(e);
		}
	}
	out.sort((a, b) => a.order - b.order);
	return { events: out, complete: true };
}
