/**
 * Counts of events per calendar-aligned time bucket: what the timeline shows where there are too
 * many events to hand vis-timeline one item each.
 */
import { lowerBound, type TimeIndex } from './timeIndex';

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
