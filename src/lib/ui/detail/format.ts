/**
 * Pure text helpers for the event detail panel: what a place, a date's precision, a dispute's
 * field or a link look like to a reader. Dataset text stays text; links are http(s) only.
 */
import type { EventTime } from '$lib/model/dates';
import type { LinkedPlace, Place, PlacePrecision, RecordRef } from '$lib/model/types';

/** The URL if it is http or https (the only links we render), else null. */
export function safeHttpUrl(url: string | undefined | null): string | null {
	if (!url) return null;
	try {
		const u = new URL(url);
		return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
	} catch {
		return null;
	}
}

/** A short readable form of a link: host and path, without "https://www." and trailing "/". */
export function linkText(url: string): string {
	try {
		const u = new URL(url);
		const path = `${u.pathname}${u.search}`.replace(/\/$/, '');
		return `${u.hostname.replace(/^www\./, '')}${path}`;
	} catch {
		return url;
	}
}

/** Plain text split into paragraphs on blank lines; single line breaks are kept as spaces. */
export function paragraphs(text: string): string[] {
	return text
		.split(/\r?\n\s*\r?\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

const PRECISION_TEXT: Record<PlacePrecision, string> = {
	site: 'exact site',
	city: 'city',
	region: 'region',
	country: 'country',
	online: 'online',
	unknown: 'place not known precisely'
};

/** How precisely a place is known, in words. */
export function placePrecisionText(p: PlacePrecision): string {
	return PRECISION_TEXT[p];
}

/**
 * A place for reading: "Toronto, Canada — city", "Iran — country", "Online". The country is not
 * repeated when the name already says it.
 */
export function placeLine(
	place: Pick<Place, 'name' | 'country' | 'precision'> | LinkedPlace,
	countryName: (code: string) => string
): string {
	if (place.precision === 'online') return place.name || 'Online';
	const country = place.country ? countryName(place.country) : '';
	const named = country && !place.name.toLowerCase().includes(country.toLowerCase());
	const name = named ? `${place.name}, ${country}` : place.name;
	return `${name} — ${placePrecisionText(place.precision)}`;
}

/**
 * Badges saying how far a date can be trusted: "year precision", "approximate", "uncertain", and
 * where it comes from when that is not the documents ("computed", "from the record").
 */
export function dateBadges(
	time: EventTime,
	computed: boolean,
	record?: readonly Pick<RecordRef, 'about'>[]
): string[] {
	const out: string[] = [];
	if (time.precision !== 'day') out.push(`${time.precision} precision`);
	if (time.approximate) out.push('approximate');
	if (time.uncertain) out.push('uncertain');
	if (computed) out.push('computed, not sourced');
	if (record?.some((r) => r.about === 'start' || r.about === 'end')) out.push('from the record');
	return out;
}

/** The record notes that back a field (a dispute's, or `start`, `place` …), in their order. */
export function recordNotesFor(
	record: readonly RecordRef[] | undefined,
	field: string
): RecordRef[] {
	return (record ?? []).filter((r) => r.about === field);
}

/** A Map: a dispute's field comes from data, and `constructor` must not find Object's. */
const FIELD_LABELS = new Map<string, string>(
	Object.entries({
		start: 'Date',
		end: 'End date',
		place: 'Place',
		'place.name': 'Place',
		actors: 'Who',
		participants: 'Participants',
		title: 'What happened',
		summary: 'What happened',
		category: 'Kind of event'
	})
);

/** A dispute's field for reading: "start" → "Date", "crowd_size" → "Crowd size". */
export function fieldLabel(field: string): string {
	const known = FIELD_LABELS.get(field);
	if (known) return known;
	const words = field
		.replace(/[_.-]+/g, ' ')
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.trim()
		.toLowerCase();
	return words ? words[0]!.toUpperCase() + words.slice(1) : field;
}

/** An ISO day for `<time datetime>` when the date is a known day in years 1–9999, else null. */
export function isoDay(time: EventTime): string | null {
	if (time.precision !== 'day' || time.kind !== 'point') return null;
	const d = new Date(time.earliest);
	const y = d.getUTCFullYear();
	if (y < 1 || y > 9999) return null;
	return d.toISOString().slice(0, 10);
}
