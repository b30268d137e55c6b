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

/**
 * Sort events in place into {@link byTime} order, about twice as fast as `events.sort(byTime)`
 * on 100,000 events: the comparator reads the instants from typed arrays rather than through
 * each event's `time`.
 */
export function sortByTime(events: AtlasEvent[]): void {
	const n = events.length;
	if (n < 2) return;
	const earliest = new Float64Array(n);
	const latest = new Float64Array(n);
	const order = new Uint32Array(n);
	for (let i = 0; i < n; i++) {
		const t = events[i]!.time;
		earliest[i] = t.earliest;
		latest[i] = t.latest;
		order[i] = i;
	}
	order.sort((a, b) => {
		const d = earliest[a]! - earliest[b]! || latest[a]! - latest[b]!;
		if (d !== 0) return d;
		const x = events[a]!.id;
		const y = events[b]!.id;
		return x < y ? -1 : x > y ? 1 : 0;
	});
	const before = events.slice();
	for (let i = 0; i < n; i++) events[i] = before[order[i]!]!;
}
