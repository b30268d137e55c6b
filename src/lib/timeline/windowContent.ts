/**
 * The windowing that keeps what we hand vis-timeline small whatever the data size: only events
 * in and near the visible window, up to a bound; beyond it, counts per time bucket that open up
 * as the reader zooms in.
 *
 * vis-timeline's drawing cost grows with every item it holds (given 10,000 items it took about
 * 7 s to draw), so it never holds more than `maxItems` plus a few dozen buckets.
 */
import type { AtlasEvent } from '$lib/model/types';
import { bucketize } from './bucketize';
import { bucketToItem } from './bucketToItem';
import { eventToItem, type ItemSpec } from './eventToItem';
import { countOverlapping, eventsInRange, type TimeIndex } from './timeIndex';

/** What the timeline should hold for a window. */
export interface WindowContent {
	mode: 'items' | 'buckets';
	items: ItemSpec[];
	/** Events overlapping the visible window (exact count). */
	inWindow: number;
	/**
	 * Events overlapping the window but much longer than it (known only to the year, say, while the
	 * window spans days), left out of the items when there were too many; 0 when none were.
	 */
	longer: number;
}

/**
 * Choose the timeline's items for a visible window: the events in the window padded by half its
 * width on each side when they are at most `maxItems`. If there are more, events much longer than
 * the window (a year-precision span seen at the scale of days) are left out and counted; if that
 * is still too many, one item per non-empty bucket carries its count. The selected event, if
 * any, is always present as itself.
 */
export function windowContent(
	ix: TimeIndex,
	window: { start: number; end: number },
	opts: { maxItems: number; selected?: AtlasEvent | null; buckets?: number; minBucketMs?: number }
): WindowContent {
	const width = window.end - window.start;
	const padStart = window.start - width / 2;
	const padEnd = window.end + width / 2;
	const inWindow = countOverlapping(ix, window.start, window.end);
	let items: ItemSpec[] | null = null;
	let longer = 0;
	if (countOverlapping(ix, padStart, padEnd) <= opts.maxItems) {
		items = eventsInRange(ix, padStart, padEnd).events.map(eventToItem);
	} else {
		const fitting = eventsInRange(ix, padStart, padEnd, opts.maxItems, width);
		if (fitting.complete) {
			items = fitting.events.map(eventToItem);
			const shownInWindow = fitting.events.filter(
				(e) => e.time.latest >= window.start && e.time.earliest <= window.end
			).length;
			longer = inWindow - shownInWindow;
		}
	}
	let mode: WindowContent['mode'] = 'items';
	if (!items) {
		mode = 'buckets';
		longer = 0;
		// About `buckets` across the window, or as many as leave each at least `minBucketMs` wide.
		const target = opts.minBucketMs
			? (padEnd - padStart) / opts.minBucketMs
			: (opts.buckets ?? 24) * 2;
		const buckets = bucketize(ix, padStart, padEnd, target);
		// Heights are a histogram: relative to the fullest bucket in view.
		const most = Math.max(1, ...buckets.slice(0, 5000).map((b) => b.count));
		items = buckets.map((b) => bucketToItem(b, most));
	}
	const sel = opts.selected;
	if (sel && !items.some((i) => i.id === sel.id)) items.push(eventToItem(sel));
	return { mode, items, inWindow, longer };
}
