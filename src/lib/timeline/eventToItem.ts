/**
 * An event as a timeline item, drawn no more precisely than its date is known: a day is a point,
 * a month or a year is drawn over its whole span, and classes say what is approximate, uncertain
 * or computed.
 */
import type { AtlasEvent } from '$lib/model/types';

/** What a timeline item is made of, before it becomes a vis-timeline item (`toVisItem`). */
export interface ItemSpec {
	id: string;
	start: number;
	/** Omitted for points: vis-timeline's focus throws on `end: undefined`. */
	end?: number;
	type: 'point' | 'range' | 'background';
	className: string;
	/** Plain text shown in the item (set with textContent, never as HTML). */
	text: string;
	/** Accessible name / tooltip. */
	title: string;
	/** For buckets: how many events it stands for, and that count against the fullest (0–1]. */
	count?: number;
	bar?: number;
	/** For "+N" chips: the ids of the events it stands for. */
	members?: string[];
	/**
	 * A title drawn to the left of its date (near the right edge), as a range from the title's
	 * left edge (`start`, then earlier than the event) to the event's end: the title's width in px.
	 */
	flip?: number;
	/** The row: sourced events, or computed series (which never crowd the events' stacking). */
	group: 'events' | 'computed';
}

/** CSS classes that tell how honest the drawing is: exact point, imprecise span, range, qualifiers. */
export function itemClasses(e: AtlasEvent): string {
	const c = [`cat-${e.category}`, `kind-${e.time.kind}`, `prec-${e.time.precision}`];
	if (e.time.approximate) c.push('approx');
	if (e.time.uncertain) c.push('uncertain');
	if (e.time.openEnd) c.push('open-end');
	if (e.computed) c.push('computed');
	if (e.place.precision === 'online') c.push('online');
	return c.join(' ');
}

/** An event as a timeline item. A day is a point; anything else is drawn over its span. */
export function eventToItem(e: AtlasEvent): ItemSpec {
	const title = `${e.title} — ${e.time.label}${e.place.name ? `, ${e.place.name}` : ''}`;
	// Computed series items are drawn as bare marks (named in their accessible label): dozens of
	// identical labels would crowd out the sourced events.
	const base = {
		id: e.id,
		className: itemClasses(e),
		text: e.computed ? '' : e.title,
		title,
		group: e.computed ? ('computed' as const) : ('events' as const)
	};
	if (e.time.kind === 'point') return { ...base, start: e.time.earliest, type: 'point' };
	return { ...base, start: e.time.earliest, end: e.time.latest + 1, type: 'range' };
}
