/** The window that shows every event: what the timeline opens on and what "Fit all" returns to. */
import type { AtlasEvent } from '$lib/model/types';
import type { TimeWindow } from '$lib/state/explorer.svelte';

const DAY = 86_400_000;

/**
 * The window from the earliest to the latest instant of `events`, padded by 4 % (at least 15
 * days) so the first and last items are not cut at the edges; with no events, the ten years up
 * to `now`.
 */
export function fullWindow(events: readonly AtlasEvent[], now = Date.now()): TimeWindow {
	if (events.length === 0) return { start: now - 365 * DAY * 10, end: now };
	let start = Infinity;
	let end = -Infinity;
	for (const e of events) {
		if (e.time.earliest < start) start = e.time.earliest;
		if (e.time.latest > end) end = e.time.latest;
	}
	const pad = Math.max((end - start) * 0.04, 15 * DAY);
	// Within what a Date can hold: padding Y-270000 would reach before it (NaN in vis-timeline).
	return { start: Math.max(start - pad, -DATE_LIMIT), end: Math.min(end + pad, DATE_LIMIT) };
}

/**
 * The window a dataset opens on: like {@link fullWindow}, but a few outliers far from the rest
 * (at most 5 % of the events, each side, across a gap of over a quarter of the whole span) are
 * left out of it, so that one 1948 event does not cost a third of the axis. The timeline's edge
 * cues say they are there and reach them.
 */
export function framedWindow(events: readonly AtlasEvent[], now = Date.now()): TimeWindow {
	const n = events.length;
	const most = Math.floor(n * 0.05);
	if (most < 1) return fullWindow(events, now);
	const sorted = [...events].sort((a, b) => a.time.earliest - b.time.earliest);
	const span = sorted[n - 1]!.time.latest - sorted[0]!.time.earliest;
	let from = 0;
	let to = n;
	for (let k = 1; k <= most; k++) {
		if (sorted[k]!.time.earliest - sorted[k - 1]!.time.latest > span / 4) from = k;
	}
	for (let k = 1; k <= most; k++) {
		if (sorted[n - k]!.time.earliest - sorted[n - k - 1]!.time.latest > span / 4) to = n - k;
	}
	return fullWindow(sorted.slice(from, to), now);
}

/** The last instant a JavaScript Date can hold, either side of 1970 (8.64e15 ms). */
const DATE_LIMIT = 8.64e15;

/** The widest window the timeline opens on for data that spans less (vis-timeline's zoomMax). */
const MIN_MAX_SPAN = 400 * 365.25 * DAY;

/**
 * How far the timeline may zoom out: 400 years, or the whole of the data where it spans more
 * (Y-270000 and the present), so that "Fit all" and the first view can show every event.
 */
export function maxSpan(events: readonly AtlasEvent[]): number {
	const w = fullWindow(events);
	return Math.max(MIN_MAX_SPAN, w.end - w.start);
}

/**
 * A window the timeline can show with something in it: `w` itself when it is no wider than
 * {@link maxSpan} (vis-timeline would otherwise shrink it about its centre, which for
 * `t=0000-01-01..9999-12-31` is the empty year 5000), else the part of it the data covers, else
 * the whole of the data.
 */
export function fitWindow(w: TimeWindow, events: readonly AtlasEvent[]): TimeWindow {
	const max = maxSpan(events);
	const ok = (x: TimeWindow) =>
		Number.isFinite(x.start) && Number.isFinite(x.end) && x.end > x.start && x.end - x.start <= max;
	if (ok(w)) return w;
	const full = fullWindow(events);
	const part = { start: Math.max(w.start, full.start), end: Math.min(w.end, full.end) };
	return ok(part) ? part : full;
}
