/**
 * Turning a dataset into the events the views draw: derive each event's time once, add computed
 * series the dataset asks for, and sort into the shared time order.
 *
 * Two doors: `deriveTrusted` here for the bundled datasets (validated by `npm run data -- check`
 * at build time, so the browser skips the schema and its weight), and `loadUntrusted`
 * (`untrusted.ts`) for anything else (`?data=<url>`), which runs the full validator and reports
 * every problem.
 */
import { eventTime } from './dates';
import { qudsDaySeries } from './qudsDay';
import { toAtlasEvent } from './atlasEvent';
import type { AtlasEvent, Dataset, Event, Issue } from './types';
import { byTime, describe, sortByTime, type LoadResult } from './issues';

/** Computed (not sourced) events a dataset asks for in `meta.computedSeries`. */
export function computedSeries(dataset: Dataset): Event[] {
	const out: Event[] = [];
	for (const name of dataset.meta.computedSeries ?? []) {
		if (name === 'quds-day') out.push(...qudsDaySeries());
	}
	return out;
}

function sorted(events: AtlasEvent[]): boolean {
	for (let i = 1; i < events.length; i++) if (byTime(events[i - 1]!, events[i]!) > 0) return false;
	return true;
}

/** Add the computed series to derived events, then sort them and number their order. */
export function withSeries(
	dataset: Dataset,
	events: AtlasEvent[],
	issues: Issue[],
	file: string,
	series: Event[] = computedSeries(dataset)
): void {
	const ids = series.length ? new Set(events.map((e) => e.id)) : null;
	for (const ev of series) {
		if (ids!.has(ev.id)) continue;
		const t = eventTime(ev.start, ev.end);
		if (!t.ok) {
			issues.push({
				file,
				field: t.field,
				expected: t.error,
				received: describe(ev.start),
				severity: 'error',
				id: ev.id
			});
			continue;
		}
		events.push(toAtlasEvent(ev, t.time));
	}
	// Already in order when nothing was added to validated events: no second sort of 100,000.
	if (!sorted(events)) sortByTime(events);
	events.forEach((e, i) => (e.order = i));
}

/**
 * Derive events of a dataset already validated at build time. Only dates are parsed (a date
 * the build let through but this browser cannot parse is still reported, never thrown).
 * `series`: its computed series when already worked out (at build time), else computed here.
 */
export function deriveTrusted(
	dataset: Dataset,
	file: string,
	series: Event[] = computedSeries(dataset)
): LoadResult {
	const issues: Issue[] = [];
	const events: AtlasEvent[] = [];
	dataset.events.forEach((ev, i) => {
		const t = eventTime(ev.start, ev.end);
		if (!t.ok) {
			issues.push({
				file,
				row: i + 1,
				id: ev.id,
				field: t.field,
				expected: t.error,
				received: describe(ev[t.field]),
				severity: 'error'
			});
			return;
		}
		events.push(toAtlasEvent(ev, t.time));
	});
	withSeries(dataset, events, issues, file, series);
	return { dataset, events, issues };
}
