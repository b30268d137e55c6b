/** Events for the timeline's unit tests, dated the way the loader dates them. */
import { eventTime } from '$lib/model/dates';
import type { AtlasEvent } from '$lib/model/types';

/** An event dated by EDTF `start` (and `end`), with every other field empty or overridden. */
export function testEvent(
	id: string,
	start: string,
	end?: string,
	extra: Partial<AtlasEvent> = {}
): AtlasEvent {
	const t = eventTime(start, end);
	if (!t.ok) throw new Error(`testEvent: "${start}"–"${end}" is not a date: ${t.error}`);
	return {
		id,
		title: id,
		summary: '',
		start,
		end,
		place: { name: 'Somewhere', precision: 'city', lat: 0, lon: 0 },
		category: 'c',
		tags: [],
		actors: [],
		sources: [],
		disputes: [],
		related: [],
		links: [],
		time: t.time,
		order: 0,
		...extra
	};
}

/** Sort events by earliest instant and number them, as the loader does. */
export function inTimeOrder(list: AtlasEvent[]): AtlasEvent[] {
	list.sort((a, b) => a.time.earliest - b.time.earliest);
	list.forEach((e, i) => (e.order = i));
	return list;
}
