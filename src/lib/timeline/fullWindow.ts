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
	return { start: start - pad, end: end + pad };
}
