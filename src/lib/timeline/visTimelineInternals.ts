/**
 * Everything that relies on vis-timeline 8.5's private fields or its markup, in one place: check
 * each of these when upgrading vis-timeline. The rest of the timeline uses its public API only.
 */
import type { Timeline } from 'vis-timeline/esnext';

/** An instant no event is near (year -270,000), for `drawnInOnePass`. */
const EMPTY_TIME = -8.5e15;

/**
 * Change vis-timeline's items in one drawing pass. On a live timeline it draws and measures
 * (a forced layout each) every added item its window shows, one by one: 100 items cost about
 * 70 ms. While the DataSet changes, its range points at an empty stretch of time, so no new
 * item is visible yet; then one redraw draws them all with one layout. Only for a full
 * replacement: an item kept through it can vanish for a frame.
 *
 * Private: `timeline.range` (the Range component; `start` and `end` in ms) is not in the typings.
 */
export function drawnInOnePass(timeline: Timeline, change: () => void): void {
	const range = (timeline as unknown as { range: { start: number; end: number } }).range;
	const { start, end } = range;
	range.start = EMPTY_TIME;
	range.end = EMPTY_TIME + 1;
	try {
		change();
	} finally {
		range.start = start;
		range.end = end;
	}
	timeline.redraw();
}

/**
 * Create a timeline without drawing it. vis-timeline's constructor draws at once (a change before
 * its first draw is drawn synchronously), in the same long task as building it. Built while its
 * host is out of layout, it skips every draw, and draws first at the next frame (its constructor
 * asks for one). `create` may set the window too: nothing is drawn before that frame.
 *
 * Private: vis-timeline counts the skipped draws in `redrawCount` toward its limit of five draws
 * in a row, which would stop its first real draw before the sizes settle (the time axis stays 0
 * px tall): the count is reset.
 */
export function createUndrawn(host: HTMLElement, create: () => Timeline): Timeline {
	const display = host.style.display;
	host.style.display = 'none';
	try {
		const timeline = create();
		(timeline as unknown as { redrawCount: number }).redrawCount = 0;
		return timeline;
	} finally {
		host.style.display = display;
	}
}

/**
 * The panel items are drawn in (`.vis-center`), to measure the width a window is drawn across and
 * the font the labels use; null before the first draw.
 */
export function centerPanel(host: HTMLElement): HTMLElement | null {
	return host.querySelector<HTMLElement>('.vis-center');
}

/**
 * The item box (`.vis-item`) around the label of an event, which the item classes and the
 * highlight go on; null when the event has no item now.
 */
export function itemBoxOf(host: HTMLElement, eventId: string): Element | null {
	const label = host.querySelector(`[data-event-id="${CSS.escape(eventId)}"]`);
	return label?.closest('.vis-item') ?? null;
}

/** The item box of the event, or of the "+N" chip it was folded into; null when neither is drawn. */
export function itemOrChipOf(host: HTMLElement, eventId: string): Element | null {
	return (
		itemBoxOf(host, eventId) ??
		host.querySelector(`[data-holds~="${CSS.escape(eventId)}"]`)?.closest('.vis-item') ??
		null
	);
}

/**
 * Destroy a timeline so that nothing it scheduled can throw afterwards. `destroy()` sets the
 * private `dom` to null, but a scroll event already queued on its side panels, a drag in progress
 * or the 100 ms follow-up of an animated move can still call `_updateScrollTop`, which reads
 * `dom.left` (seen in the browser tests as "Cannot read properties of null (reading 'left')").
 */
export function destroyTimeline(timeline: Timeline): void {
	timeline.destroy();
	const t = timeline as unknown as { _updateScrollTop: () => number };
	t._updateScrollTop = () => 0;
}
