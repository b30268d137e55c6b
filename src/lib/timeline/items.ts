/**
 * Pure builders between events and vis-timeline items, and the windowing that keeps what we hand
 * vis-timeline small whatever the data size: only events in and near the visible window, up to a
 * bound; beyond it, counts per time bucket that open up as the reader zooms in.
 *
 * vis-timeline's drawing cost grows with every item it holds (STACK-NOTES: 10,000 items ≈ 7 s),
 * so it never holds more than `maxItems` plus a few dozen buckets.
 */
import type { AtlasEvent } from '$lib/model/types';
import { count, shortCount } from '$lib/model/count';

/** What a timeline item is made of, before the component turns it into a vis-timeline item. */
export interface ItemSpec {
	id: string;
	start: number;
	/** Omitted for points: vis-timeline's focus throws on `end: undefined`. */
	end?: number;
	type: 'point' | 'range' | 'background';
	className: string;
	/** Plain text shown in the item (set with textContent, never as HTML). */
	text: string;
	/** Accessible name / tooltip. */
	title: string;
	/** For buckets: how many events it stands for. */
	count?: number;
	/** The row: sourced events, or computed series (which never crowd the events' stacking). */
	group: 'events' | 'computed';
}

/** Prefix of bucket item ids: never a valid event slug, so the two cannot collide. */
export const BUCKET_PREFIX = 'bucket:';

/** CSS classes that tell how honest the drawing is: exact point, imprecise span, range, qualifiers. */
export function itemClasses(e: AtlasEvent): string {
	const c = [`cat-${e.category}`, `kind-${e.time.kind}`, `prec-${e.time.precision}`];
	if (e.time.approximate) c.push('approx');
	if (e.time.uncertain) c.push('uncertain');
	if (e.time.openEnd) c.push('open-end');
	if (e.computed) c.push('computed');
	if (e.place.precision === 'online') c.push('online');
	return c.join(' ');
}

/** An event as a timeline item. A day is a point; anything else is drawn over its span. */
export function eventToItem(e: AtlasEvent): ItemSpec {
	const title = `${e.title} — ${e.time.label}${e.place.name ? `, ${e.place.name}` : ''}`;
	// Computed series items are drawn as bare marks (named in their accessible label): dozens of
	// identical labels would crowd out the sourced events.
	const base = {
		id: e.id,
		className: itemClasses(e),
		text: e.computed ? '' : e.title,
		title,
		group: e.computed ? ('computed' as const) : ('events' as const)
	};
	if (e.time.kind === 'point') return { ...base, start: e.time.earliest, type: 'point' };
	return { ...base, start: e.time.earliest, end: e.time.latest + 1, type: 'range' };
}

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

/**
 * The shown events indexed for window queries, built once per filter change (O(n log n)); each
 * window query then costs O(log n) plus the events it returns.
 */
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

/** Bucket widths to choose from, in ms (approximate for months and years; boundaries are calendar-true). */
const STEPS: { unit: 'day' | 'month' | 'year'; n: number; ms: number }[] = [
	{ unit: 'day', n: 1, ms: DAY },
	{ unit: 'day', n: 7, ms: 7 * DAY },
	{ unit: 'month', n: 1, ms: 30.4 * DAY },
	{ unit: 'month', n: 3, ms: 91 * DAY },
	{ unit: 'year', n: 1, ms: 365.25 * DAY },
	{ unit: 'year', n: 2, ms: 730.5 * DAY },
	{ unit: 'year', n: 5, ms: 1826 * DAY },
	{ unit: 'year', n: 10, ms: 3652 * DAY },
	{ unit: 'year', n: 20, ms: 7305 * DAY },
	{ unit: 'year', n: 25, ms: 9131 * DAY },
	{ unit: 'year', n: 50, ms: 18262 * DAY },
	{ unit: 'year', n: 100, ms: 36525 * DAY }
];

function floorTo(t: number, step: (typeof STEPS)[number]): number {
	const d = new Date(t);
	if (step.unit === 'day') {
		const days = Math.floor(t / DAY);
		return Math.floor(days / step.n) * step.n * DAY;
	}
	if (step.unit === 'month') {
		const m = d.getUTCFullYear() * 12 + d.getUTCMonth();
		const f = Math.floor(m / step.n) * step.n;
		return Date.UTC(Math.floor(f / 12), f % 12, 1);
	}
	const y = Math.floor(d.getUTCFullYear() / step.n) * step.n;
	const out = new Date(Date.UTC(2000, 0, 1));
	out.setUTCFullYear(y);
	return out.getTime();
}

function addStep(t: number, step: (typeof STEPS)[number]): number {
	if (step.unit === 'day') return t + step.n * DAY;
	const d = new Date(t);
	if (step.unit === 'month') d.setUTCMonth(d.getUTCMonth() + step.n);
	else d.setUTCFullYear(d.getUTCFullYear() + step.n);
	return d.getTime();
}

/** A count of events over one time bucket. */
export interface Bucket {
	start: number;
	end: number;
	count: number;
}

/**
 * Count events per calendar-aligned bucket over [start, end], aiming at about `target` buckets.
 * An event is counted once, in the bucket of its midpoint (a decade-long range is not counted in
 * every bucket it crosses, so the counts add up to the number of events). O(buckets · log n).
 */
export function bucketize(ix: TimeIndex, start: number, end: number, target = 40): Bucket[] {
	const span = Math.max(end - start, DAY);
	const step = STEPS.find((s) => s.ms >= span / target) ?? STEPS[STEPS.length - 1]!;
	const out: Bucket[] = [];
	let t = floorTo(start, step);
	let below = lowerBound(ix.mid, t);
	for (let k = 0; t <= end && k < 1000; k++) {
		const next = addStep(t, step);
		const upto = lowerBound(ix.mid, next);
		if (upto > below) out.push({ start: t, end: next, count: upto - below });
		below = upto;
		t = next;
	}
	return out;
}

/** What the timeline should hold for a window. */
export interface WindowContent {
	mode: 'items' | 'buckets';
	items: ItemSpec[];
	/** Events overlapping the visible window (exact count). */
	inWindow: number;
	/**
	 * Events overlapping the window but much longer than it (known only to the year, say, while the
	 * window spans days), left out of the items when there were too many; 0 when none were.
	 */
	longer: number;
}

/**
 * Choose the timeline's items for a visible window: the events in the window padded by half its
 * width on each side when they are at most `maxItems`. If there are more, events much longer than
 * the window (a year-precision span seen at the scale of days) are left out and counted; if that
 * is still too many, one item per non-empty bucket carries its count. The selected event, if
 * any, is always present as itself.
 */
export function windowContent(
	ix: TimeIndex,
	window: { start: number; end: number },
	opts: { maxItems: number; selected?: AtlasEvent | null; buckets?: number; minBucketMs?: number }
): WindowContent {
	const width = window.end - window.start;
	const padStart = window.start - width / 2;
	const padEnd = window.end + width / 2;
	const inWindow = countOverlapping(ix, window.start, window.end);
	let items: ItemSpec[] | null = null;
	let longer = 0;
	if (countOverlapping(ix, padStart, padEnd) <= opts.maxItems) {
		items = eventsInRange(ix, padStart, padEnd).events.map(eventToItem);
	} else {
		const fitting = eventsInRange(ix, padStart, padEnd, opts.maxItems, width);
		if (fitting.complete) {
			items = fitting.events.map(eventToItem);
			const shownInWindow = fitting.events.filter(
				(e) => e.time.latest >= window.start && e.time.earliest <= window.end
			).length;
			longer = inWindow - shownInWindow;
		}
	}
	let mode: WindowContent['mode'] = 'items';
	if (!items) {
		mode = 'buckets';
		longer = 0;
		// About `buckets` across the window, or as many as leave each at least `minBucketMs` wide.
		const target = opts.minBucketMs
			? (padEnd - padStart) / opts.minBucketMs
			: (opts.buckets ?? 24) * 2;
		items = bucketize(ix, padStart, padEnd, target).map((b) => {
			const label = `${count(b.count)} event${b.count === 1 ? '' : 's'}`;
			return {
				id: `${BUCKET_PREFIX}${b.start}`,
				start: b.start,
				end: b.end,
				type: 'range' as const,
				className: `bucket density-${Math.min(5, Math.ceil(Math.log10(b.count + 1)))}`,
				text: shortCount(b.count),
				title: `${label} — zoom in to see them`,
				count: b.count,
				group: 'events' as const
			};
		});
	}
	const sel = opts.selected;
	if (sel && !items.some((i) => i.id === sel.id)) items.push(eventToItem(sel));
	return { mode, items, inWindow, longer };
}
