/**
 * What parsing a dataset returns, and how its issues are worded. Free of the schema library, so
 * the first page load never pays for it.
 */
import type { AtlasEvent, Dataset, Issue } from './types';

/** The result of parsing a dataset. `dataset` is null when nothing usable was found. */
export interface LoadResult {
	dataset: Dataset | null;
	/** Valid events with derived time, sorted by time ({@link byTime}), `order` numbered. */
	events: AtlasEvent[];
	issues: Issue[];
}

/** A short, readable rendering of any received value. */
export function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (typeof value === 'string') {
		if (value.length <= 60) return JSON.stringify(value);
		// Not between the two halves of a surrogate pair: that would print a lone surrogate.
		const cut = value.charCodeAt(56) >= 0xd800 && value.charCodeAt(56) <= 0xdbff ? 56 : 57;
		return JSON.stringify(value.slice(0, cut) + '...');
	}
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return `a list of ${value.length}`;
	return 'an object';
}

/**
 * Append `from` to `to` one by one. Never `to.push(...from)`: a spread passes every item as an
 * argument, and at about 130,000 items (one event with that many bad tags) the stack overflows.
 */
export function pushAll<T>(to: T[], from: readonly T[]): void {
	for (let i = 0; i < from.length; i++) to.push(from[i]!);
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

/** Sort events into {@link byTime} order and number their `order`. */
export function sortEvents(events: AtlasEvent[]): void {
	events.sort(byTime);
	for (let i = 0; i < events.length; i++) events[i]!.order = i;
}
