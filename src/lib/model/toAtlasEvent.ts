/** Building the derived event the views use. */
import type { EventTime } from './dates';
import type { AtlasEvent, Dispute, Event, EventInput, Place, RecordRef, SourceRef } from './types';

/**
 * An event with its derived time, defaults filled in. Built field by field, not with a spread:
 * at 100,000 events a spread costs a quarter of a second more (toAtlasEvent.test.ts checks that no field is lost).
 */
export function toAtlasEvent(ev: Event | EventInput, time: EventTime): AtlasEvent {
	const out: AtlasEvent = {
		id: ev.id,
		title: ev.title,
		summary: ev.summary,
		start: ev.start,
		place: ev.place as Place,
		category: ev.category,
		tags: ev.tags ?? [],
		actors: ev.actors ?? [],
		sources: (ev.sources ?? []) as SourceRef[],
		disputes: (ev.disputes ?? []) as Dispute[],
		related: ev.related ?? [],
		links: ev.links ?? [],
		time,
		order: 0
	};
	if (ev.end !== undefined) out.end = ev.end;
	if (ev.dateNote !== undefined) out.dateNote = ev.dateNote;
	if (ev.record !== undefined) out.record = ev.record as RecordRef[];
	if (ev.media !== undefined) out.media = ev.media;
	if (ev.computed !== undefined) out.computed = ev.computed;
	return out;
}
