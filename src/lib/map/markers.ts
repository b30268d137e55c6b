/**
 * Event → map marker: pure builders for what a marker shows and says. The component only
 * wires these to the DOM (with `textContent` for every piece of dataset text).
 */
import type { AtlasEvent, Category, LinkedPlace, PlacePrecision } from '$lib/model/types';
import { DEFAULT_SHAPE, isShape, safeColour, type Shape } from './shapes';

/** What a located event's marker shows. */
export interface MarkerSpec {
	id: string;
	lat: number;
	lon: number;
	/** The category colour, validated `#rrggbb` (a neutral grey when missing or invalid). */
	colour: string;
	shape: Shape;
	/** True when only the region or country is known: drawn hollow with a dashed outline. */
	approximatePlace: boolean;
	/** Accessible name: "<title>, <date label>, <place name>". */
	label: string;
}

/** Precisions drawn as a solid marker: the place is known to the city or the site. */
const EXACT: ReadonlySet<PlacePrecision> = new Set<PlacePrecision>(['site', 'city']);

/** True when an event happened online (it has no position; the map lists it in its Online box). */
export function isOnline(e: AtlasEvent): boolean {
	return e.place.precision === 'online';
}

/** True when an event has a position the map can draw. */
export function isLocated(e: AtlasEvent): boolean {
	const { lat, lon, precision } = e.place;
	return (
		precision !== 'online' &&
		typeof lat === 'number' &&
		typeof lon === 'number' &&
		Number.isFinite(lat) &&
		Number.isFinite(lon)
	);
}

/** True when the place is approximate (region, country or unknown precision). */
export function isApproximatePlace(precision: PlacePrecision): boolean {
	return !EXACT.has(precision);
}

/** The accessible name of an event's marker or button: "<title>, <date label>, <place name>". */
export function markerLabel(e: AtlasEvent): string {
	const place = e.place.precision === 'online' ? `${e.place.name} (online)` : e.place.name;
	return `${e.title}, ${e.time.label}, ${place}`;
}

/**
 * The marker of a located event, or null when the event has no position (online, unknown).
 * Colour and shape come from the event's category; an unknown category draws a grey circle.
 */
export function markerSpec(
	e: AtlasEvent,
	categories: ReadonlyMap<string, Category>
): MarkerSpec | null {
	if (!isLocated(e)) return null;
	const c = categories.get(e.category);
	return {
		id: e.id,
		lat: e.place.lat!,
		lon: e.place.lon!,
		colour: safeColour(c?.colour),
		shape: isShape(c?.shape) ? c.shape : DEFAULT_SHAPE,
		approximatePlace: isApproximatePlace(e.place.precision),
		label: markerLabel(e)
	};
}

/** What activating a cluster does: zoom in to it, or spread its markers when it cannot. */
export type ClusterAction = 'zoom' | 'spread';

/**
 * The accessible name of a cluster: "12 events near Tehran — zoom in".
 * @param near the place name of the event nearest the cluster's centre, when known.
 */
export function clusterLabel(
	count: number,
	near: string | null,
	action: ClusterAction,
	inWindow = count
): string {
	const what =
		inWindow > 0 && inWindow < count
			? `${inWindow} of ${count} events`
			: `${count} ${count === 1 ? 'event' : 'events'}`;
	const where = near ? ` near ${near}` : '';
	const when =
		inWindow === count
			? ''
			: inWindow === 0
				? ", none in the timeline's window"
				: " in the timeline's window";
	const act = action === 'zoom' ? 'zoom in' : 'show them all';
	return `${what}${where}${when} — ${act}`;
}

/** The tooltip of a place linked to an online event: "linked: Toronto (partner organization)". */
export function linkedLabel(l: LinkedPlace): string {
	return l.note ? `linked: ${l.name} (${l.note})` : `linked: ${l.name}`;
}

/** The linked places of an event that have a position. */
export function locatedLinks(e: AtlasEvent): (LinkedPlace & { lat: number; lon: number })[] {
	return (e.place.linked ?? []).filter(
		(l): l is LinkedPlace & { lat: number; lon: number } =>
			typeof l.lat === 'number' && typeof l.lon === 'number'
	);
}

/** One visual cue of the map, for the legend. */
export interface MapCue {
	/** Stable key, for tests and CSS. */
	key: 'exact-place' | 'approximate-place' | 'online' | 'cluster' | 'outside-window' | 'selected';
	/** Which place precisions it applies to (empty when it is not about precision). */
	precisions: readonly PlacePrecision[];
	/** What the reader sees. */
	cue: string;
	/** What it means. */
	meaning: string;
}

/** The map's visual cues, described for a legend. */
export const MAP_CUES: readonly MapCue[] = Object.freeze([
	{
		key: 'exact-place',
		precisions: ['site', 'city'],
		cue: 'Solid shape',
		meaning: 'The place is known to the site or the city.'
	},
	{
		key: 'approximate-place',
		precisions: ['region', 'country', 'unknown'],
		cue: 'Hollow shape with a dashed outline',
		meaning: 'Approximate place: only the region or the country is known.'
	},
	{
		key: 'online',
		precisions: ['online'],
		cue: 'Listed in the “Online” box',
		meaning: 'Happened online; linked places are ringed on the map when one is chosen.'
	},
	{
		key: 'cluster',
		precisions: [],
		cue: 'Dark disc with a number',
		meaning: 'Several events close together at this zoom; activate it to zoom in.'
	},
	{
		key: 'outside-window',
		precisions: [],
		cue: 'Faded marker',
		meaning: 'Outside the timeline’s visible time window.'
	},
	{
		key: 'selected',
		precisions: [],
		cue: 'Larger marker with a thick outline',
		meaning: 'The selected event.'
	}
] satisfies MapCue[]);
