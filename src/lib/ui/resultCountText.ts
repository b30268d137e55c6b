/**
 * The result count's words: sourced events and computed dates counted apart, since a computed
 * date (an observance worked out from a calendar) is not evidence of anything that happened.
 */
import { count } from '$lib/model/count';
import type { AtlasEvent } from '$lib/model/types';

/** How many sourced events and computed dates a list holds. */
export interface KindCounts {
	sourced: number;
	computed: number;
}

/** Count a list's sourced events and computed dates (a loop: lists can hold 100,000 events). */
export function countKinds(events: readonly Pick<AtlasEvent, 'computed'>[]): KindCounts {
	let computed = 0;
	for (const e of events) if (e.computed) computed++;
	return { sourced: events.length - computed, computed };
}

function part(shown: number, total: number, one: string, many: string): string {
	const noun = total === 1 ? one : many;
	return shown === total ? `${count(total)} ${noun}` : `${count(shown)} of ${count(total)} ${noun}`;
}

/**
 * "61 events · 49 computed dates" when all are shown, "12 of 61 events · 0 of 49 computed dates"
 * when some are not. Computed dates are left out of the words when the data has none.
 */
export function resultCountText(shown: KindCounts, total: KindCounts): string {
	const events = part(shown.sourced, total.sourced, 'event', 'events');
	if (total.computed === 0) return events;
	return `${events} · ${part(shown.computed, total.computed, 'computed date', 'computed dates')}`;
}
