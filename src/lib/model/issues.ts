/**
 * What loading a dataset returns, and the small helpers both doors use (`load.ts` for trusted
 * data, `validate.ts` for anything else). Free of the schema library, so the first page load
 * never pays for it.
 */
import type { AtlasEvent, Dataset, Issue } from './types';

/** The result of loading a dataset. `dataset` is null when nothing usable was found. */
export interface LoadResult {
	dataset: Dataset | null;
	/** Valid events with derived time, sorted by time. */
	events: AtlasEvent[];
	issues: Issue[];
}

/** A short, readable rendering of any received value. */
export function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (typeof value === 'string')
		return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '...' : value);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return `a list of ${value.length}`;
	return 'an object';
}

/** Format an issue as one line: `file:row:field: expected …, got …`. */
export function formatIssue(i: Issue): string {
	const where = [i.file, i.row ?? '', i.field].join(':');
	const id = i.id ? ` [${i.id}]` : '';
	const tag = i.severity === 'warning' ? 'warning: ' : '';
	return `${where}:${id} ${tag}expected ${i.expected}, got ${i.received}`;
}

/** Sort events by earliest instant, then latest, then id: the time order every view shares. */
export function byTime(a: AtlasEvent, b: AtlasEvent): number {
	return (
		a.time.earliest - b.time.earliest ||
		a.time.latest - b.time.latest ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

const DAY = 86_400_000;

/**
 * Sort events in place into {@link byTime} order.
 *
 * Dates are days or coarser, so nearly every event starts on a distinct-enough day: events are
 * first counted into one bucket per day of their earliest instant (a counting sort, no
 * comparisons), and only events sharing a day are compared, with the full order. Across 1979–2025
 * that is about 17,000 buckets; a span of days much larger than the number of events (say,
 * millennia of sparse dates) falls back to a comparison sort over typed arrays. Either way about
 * twice as fast as `events.sort(byTime)` or better, on 100,000 events.
 */
export function sortByTime(events: AtlasEvent[]): void {
	const n = events.length;
	if (n < 2) return;
	const earliest = new Float64Array(n);
	const latest = new Float64Array(n);
	let minDay = Infinity;
	let maxDay = -Infinity;
	for (let i = 0; i < n; i++) {
		const t = events[i]!.time;
		earliest[i] = t.earliest;
		latest[i] = t.latest;
		const day = Math.floor(t.earliest / DAY);
		if (day < minDay) minDay = day;
		if (day > maxDay) maxDay = day;
	}
	/** The full order between events a and b (indices into the unsorted list). */
	const compare = (a: number, b: number): number => {
		const d = earliest[a]! - earliest[b]! || latest[a]! - latest[b]!;
		if (d !== 0) return d;
		const x = events[a]!.id;
		const y = events[b]!.id;
		return x < y ? -1 : x > y ? 1 : 0;
	};
	const order = new Uint32Array(n);
	const span = maxDay - minDay + 1;
	if (!(span <= 4 * n + 1024)) {
		// Unbounded or sparse: compare everything.
		for (let i = 0; i < n; i++) order[i] = i;
		order.sort(compare);
	} else {
		// Counting sort by day, stable, then the full order within each day.
		const start = new Uint32Array(span + 1);
		const dayOf = new Uint32Array(n);
		for (let i = 0; i < n; i++) {
			const d = Math.floor(earliest[i]! / DAY) - minDay;
			dayOf[i] = d;
			start[d + 1]!++;
		}
		for (let d = 0; d < span; d++) start[d + 1]! += start[d]!;
		const next = start.slice(0, span);
		for (let i = 0; i < n; i++) order[next[dayOf[i]!]!++] = i;
		for (let d = 0; d < span; d++) {
			const lo = start[d]!;
			const hi = start[d + 1]!;
			if (hi - lo > 16) {
				// A crowded day (every "2020" starts on 1 January): a comparison sort of its own.
				order.subarray(lo, hi).sort(compare);
				continue;
			}
			// Insertion sort: most days hold a handful of events.
			for (let k = lo + 1; k < hi; k++) {
				const v = order[k]!;
				let j = k - 1;
				while (j >= lo && compare(order[j]!, v) > 0) {
					order[j + 1] = order[j]!;
					j--;
				}
				order[j + 1] = v;
			}
		}
	}
	const before = events.slice();
	for (let i = 0; i < n; i++) events[i] = before[order[i]!]!;
}
