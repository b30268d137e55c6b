/**
 * Pure builders between events and vis-timeline items, and the windowing that keeps what we hand
 * vis-timeline small whatever the data size: only events in and near the visible window, up to a
 * bound; beyond it, counts per time bucket that open up as the reader zooms in.
 *
 * vis-timeline's drawing cost grows with every item it holds (STACK-NOTES: 10,000 items ≈ 7 s),
 * so it never holds more than `maxItems` plus a few dozen buckets.
 */
import type { AtlasEvent } from '$lib/model/types';

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

/**
 * The longest duration among events, so that a window query can stop scanning early.
 * Computed once per filtered list.
 */
export function maxDuration(events: AtlasEvent[]): number {
	let m = 0;
	for (const e of events) {
		const d = e.time.latest - e.time.earliest;
		if (d > m) m = d;
	}
	return m;
}

/** Index of the first event whose earliest instant is greater than `t` (events sorted by earliest). */
export function upperBound(events: AtlasEvent[], t: number): number {
	let lo = 0;
	let hi = events.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (events[mid]!.time.earliest <= t) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Index of the first event whose earliest instant is at least `t`. */
export function lowerBound(events: AtlasEvent[], t: number): number {
	let lo = 0;
	let hi = events.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (events[mid]!.time.earliest < t) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Events overlapping [start, end], in time order, with at most `limit` collected (the count is
 * exact either way). O(log n + events scanned); scanning starts `maxDur` before the window, so long
 * ranges that began earlier are found too.
 */
export function eventsInRange(
	events: AtlasEvent[],
	start: number,
	end: number,
	maxDur: number,
	limit = Infinity
): { events: AtlasEvent[]; count: number } {
	const from = lowerBound(events, start - maxDur);
	const to = upperBound(events, end);
	const out: AtlasEvent[] = [];
	let count = 0;
	for (let i = from; i < to; i++) {
		const e = events[i]!;
		if (e.time.latest < start) continue;
		count++;
		if (out.length < limit) out.push(e);
	}
	return { events: out, count };
}

const DAY = 86_400_000;
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
 * every bucket it crosses, so the counts add up to the number of events).
 */
export function bucketize(
	events: AtlasEvent[],
	start: number,
	end: number,
	maxDur: number,
	target = 40
): Bucket[] {
	const span = Math.max(end - start, DAY);
	const step = STEPS.find((s) => s.ms >= span / target) ?? STEPS[STEPS.length - 1]!;
	const edges: number[] = [];
	let t = floorTo(start, step);
	while (t <= end && edges.length < 1000) {
		edges.push(t);
		t = addStep(t, step);
	}
	edges.push(t);
	const counts = new Array<number>(edges.length - 1).fill(0);
	const first = edges[0]!;
	const last = edges[edges.length - 1]!;
	const from = lowerBound(events, first - maxDur);
	const to = upperBound(events, last);
	for (let i = from; i < to; i++) {
		const e = events[i]!;
		const mid = e.time.earliest + (e.time.latest - e.time.earliest) / 2;
		if (mid < first || mid >= last) continue;
		// Binary search among the edges (at most ~1000).
		let lo = 0;
		let hi = edges.length - 1;
		while (hi - lo > 1) {
			const m = (lo + hi) >>> 1;
			if (edges[m]! <= mid) lo = m;
			else hi = m;
		}
		counts[lo]!++;
	}
	const out: Bucket[] = [];
	for (let i = 0; i < counts.length; i++) {
		if (counts[i]! > 0) out.push({ start: edges[i]!, end: edges[i + 1]!, count: counts[i]! });
	}
	return out;
}

/** What the timeline should hold for a window. */
export interface WindowContent {
	mode: 'items' | 'buckets';
	items: ItemSpec[];
	/** Events in the visible window (exact count). */
	inWindow: number;
}

/**
 * Choose the timeline's items for a visible window: every event in the window padded by half its
 * width on each side when they are at most `maxItems`; otherwise one item per non-empty bucket
 * with its count. The selected event, if any, is always present as itself.
 */
export function windowContent(
	events: AtlasEvent[],
	window: { start: number; end: number },
	opts: { maxItems: number; maxDur: number; selected?: AtlasEvent | null; buckets?: number }
): WindowContent {
	const width = window.end - window.start;
	const padStart = window.start - width / 2;
	const padEnd = window.end + width / 2;
	const visible = eventsInRange(events, window.start, window.end, opts.maxDur, 0).count;
	const padded = eventsInRange(events, padStart, padEnd, opts.maxDur, opts.maxItems + 1);
	let items: ItemSpec[];
	let mode: WindowContent['mode'];
	if (padded.count <= opts.maxItems) {
		mode = 'items';
		items = padded.events.map(eventToItem);
	} else {
		mode = 'buckets';
		items = bucketize(events, padStart, padEnd, opts.maxDur, (opts.buckets ?? 24) * 2).map((b) => {
			const label = `${b.count.toLocaleString('en')} event${b.count === 1 ? '' : 's'}`;
			return {
				id: `${BUCKET_PREFIX}${b.start}`,
				start: b.start,
				end: b.end,
				type: 'range' as const,
				className: `bucket density-${Math.min(5, Math.ceil(Math.log10(b.count + 1)))}`,
				text: b.count.toLocaleString('en'),
				title: `${label} — zoom in to see them`,
				count: b.count,
				group: 'events' as const
			};
		});
	}
	const sel = opts.selected;
	if (sel && !items.some((i) => i.id === sel.id)) items.push(eventToItem(sel));
	return { mode, items, inWindow: visible };
}
