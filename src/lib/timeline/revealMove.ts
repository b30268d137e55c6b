/** How the timeline brings an event another view selected into sight. */
import type { EventTime } from '$lib/model/dates';
import type { TimeWindow } from '$lib/state/explorer.svelte';

const YEAR = 365.25 * 86_400_000;

/**
 * A new window (`animate`: whether it may be animated), a new centre at the same zoom, or
 * nothing when the event is already well inside the window.
 */
export type RevealMove =
	| { kind: 'window'; start: number; end: number; animate: boolean }
	| { kind: 'centre'; at: number }
	| null;

/**
 * Show an event: keep the zoom when it fits, otherwise fit it. `opened` is true when the page
 * was opened on the event (`?event=`) with no window of its own: then the years around it.
 */
export function revealMove(
	time: Pick<EventTime, 'earliest' | 'latest'>,
	window: TimeWindow,
	opened: boolean
): RevealMove {
	const { earliest, latest } = time;
	const mid = (earliest + latest) / 2;
	if (opened) {
		const half = Math.max(3 * YEAR, (latest - earliest) * 0.75);
		return { kind: 'window', start: mid - half, end: mid + half, animate: false };
	}
	const width = window.end - window.start;
	if (latest - earliest > width * 0.9) {
		const pad = (latest - earliest) * 0.15;
		return { kind: 'window', start: earliest - pad, end: latest + pad, animate: true };
	}
	// Outside, or so near an edge that its label would be cut off: centre it.
	if (earliest < window.start + width * 0.1 || latest > window.end - width * 0.25)
		return { kind: 'centre', at: mid };
	return null;
}
