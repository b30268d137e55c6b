/**
 * GeoJSON (RFC 7946): a FeatureCollection with one Feature per event. The geometry is the
 * event's Point ([lon, lat]), or `null` for events without coordinates (online, unknown), so
 * nothing is lost; `properties` carry every other field of the event (`place` without lat/lon).
 * The dataset's `meta` and `sources` travel as foreign members of the collection. Reading back
 * what `datasetToGeoJson` wrote gives the same dataset.
 *
 * Reading other GeoJSON: time from `start`/`end` (EDTF), or `time`, `date`, `year` (a number
 * `time` larger than 9999 is epoch milliseconds, as in USGS feeds); title from `title`, `name`
 * or `headline`; other geometries are placed at the middle of their bounding box, taken the short
 * way round across the ±180° meridian (precision
 * "region", with a warning).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Dataset, Issue } from '../types';
import {
	assembleDataset,
	type Draft,
	type ImportResult,
	type PlaceResolver
} from './assembleDataset';
import { parseListCell, parseSourcesCell } from './cellLists';
import { describe } from '../issue';
import { parseJsonText } from './json';

/** Options of `parseGeoJson`. */
export interface GeoJsonOptions {
	file: string;
	/** Meta and sources from --meta; otherwise the collection's own `meta` and `sources`. */
	meta?: unknown;
	sources?: unknown[];
	metaFile?: string;
	resolvePlace?: PlaceResolver;
}

/** A FeatureCollection as written by `datasetToGeoJson`. */
export type DatasetCollection = FeatureCollection<Geometry | null> & {
	meta: Dataset['meta'];
	sources: Dataset['sources'];
};

/** Write a dataset as a GeoJSON FeatureCollection (geometry null for events without coordinates). */
export function datasetToGeoJson(dataset: Dataset): DatasetCollection {
	const features: Feature<Geometry | null>[] = dataset.events.map((ev) => {
		const { lat, lon, ...place } = ev.place;
		const properties: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(ev)) properties[k] = k === 'place' ? place : v;
		return {
			type: 'Feature',
			id: ev.id,
			geometry:
				lat !== undefined && lon !== undefined ? { type: 'Point', coordinates: [lon, lat] } : null,
			properties
		};
	});
	return { type: 'FeatureCollection', meta: dataset.meta, sources: dataset.sources, features };
}

/** Properties we read as event fields; others are reported once and ignored. */
const KNOWN = new Set([
	'id',
	'title',
	'name',
	'headline',
	'summary',
	'description',
	'start',
	'time',
	'date',
	'year',
	'start_date',
	'end',
	'end_date',
	'dateNote',
	'place',
	'place_name',
	'location',
	'country',
	'precision',
	'place_precision',
	'category',
	'tags',
	'actors',
	'sources',
	'disputes',
	'record',
	'related',
	'links',
	'media',
	'computed'
]);

function edtfYear(y: number): string {
	return y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
}

/** A time property as EDTF text; numbers are years, or epoch milliseconds for `time`. */
function timeValue(v: unknown, key: string): unknown {
	if (typeof v === 'number' && Number.isInteger(v)) {
		if (key === 'time' && Math.abs(v) > 9999) {
			const d = new Date(v);
			if (Number.isNaN(d.getTime())) return String(v);
			return d.toISOString().slice(0, 10);
		}
		return edtfYear(v);
	}
	return typeof v === 'string' ? v.trim() : v;
}

/** How deep positions may sit in `coordinates`: 4 levels in a MultiPolygon (polygons, rings, positions, numbers). */
const MAX_COORDINATE_DEPTH = 4;

/** Where a non-point geometry is placed, or why it cannot be. */
type Middle =
	{ ok: true; lon: number; lat: number } | { ok: false; expected: string; received: string };

/** A longitude in [-180, 180): 190 is -170. */
function wrapLongitude(lon: number): number {
	return lon >= -180 && lon < 180 ? lon : ((((lon + 180) % 360) + 360) % 360) - 180;
}

/**
 * The middle of the shortest arc holding every longitude of `lons` (sorted ascending, each in
 * [-180, 180)). The shape lies outside the widest gap between neighbouring longitudes, the gap
 * across ±180° included: a shape from 170° to -170° has its widest gap from -170° to 170° and its
 * middle at 180°, not at 0°. On a tie the gap across ±180° wins, as in a plain bounding box.
 */
export function middleLongitude(lons: Float64Array): number {
	const n = lons.length;
	let widest = lons[0]! + 360 - lons[n - 1]!;
	let after = 0;
	for (let i = 1; i < n; i++) {
		const gap = lons[i]! - lons[i - 1]!;
		if (gap > widest) {
			widest = gap;
			after = i;
		}
	}
	const west = lons[after]!;
	const east = after === 0 ? lons[n - 1]! : lons[after - 1]! + 360;
	const mid = (west + east) / 2;
	return mid > 180 ? mid - 360 : mid;
}

/**
 * The middle of every position in `coordinates`: the middle of the latitudes' range and of the
 * shortest arc of longitudes (so a shape across the ±180° meridian is not placed at 0°).
 * Walked with a stack rather than by recursion, never deeper than GeoJSON nests (a file nesting
 * lists 100,000 deep would otherwise overflow the stack), with plain loops for the extremes
 * (`Math.min(...lons)` overflows at about 100,000 vertices).
 */
function middleOf(coordinates: unknown): Middle {
	let south = Infinity;
	let north = -Infinity;
	const lons: number[] = [];
	const stack: [unknown, number][] = [[coordinates, 1]];
	while (stack.length > 0) {
		const [c, depth] = stack.pop()!;
		if (!Array.isArray(c)) continue;
		if (typeof c[0] === 'number') {
			const lon = c[0];
			const lat = c[1];
			if (typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) continue;
			lons.push(wrapLongitude(lon));
			if (lat < south) south = lat;
			if (lat > north) north = lat;
			continue;
		}
		if (depth >= MAX_COORDINATE_DEPTH) {
			return {
				ok: false,
				expected: `coordinates nested at most ${MAX_COORDINATE_DEPTH} lists deep (as in a MultiPolygon)`,
				received: 'deeper lists'
			};
		}
		for (let i = c.length - 1; i >= 0; i--) stack.push([c[i], depth + 1]);
	}
	if (lons.length === 0) return { ok: false, expected: 'a Point geometry, or null', received: '' };
	const sorted = Float64Array.from(lons).sort();
	return { ok: true, lon: middleLongitude(sorted), lat: (south + north) / 2 };
}

function featureToDraft(
	f: unknown,
	row: number,
	file: string,
	unknownKeys: Set<string>,
	issues: Issue[]
): Draft | null {
	const rowIssues: Issue[] = [];
	const problem = (
		field: string,
		expected: string,
		received: string,
		severity: 'error' | 'warning' = 'error'
	) => rowIssues.push({ file, row, field, expected, received, severity });
	if (!f || typeof f !== 'object' || (f as { type?: unknown }).type !== 'Feature') {
		issues.push({
			file,
			row,
			field: 'type',
			expected: 'a GeoJSON Feature',
			received: f && typeof f === 'object' ? describe((f as { type?: unknown }).type) : typeof f,
			severity: 'error'
		});
		return null;
	}
	const feature = f as { id?: unknown; geometry?: unknown; properties?: unknown };
	const props = (
		feature.properties && typeof feature.properties === 'object' ? feature.properties : {}
	) as Record<string, unknown>;
	for (const k of Object.keys(props)) {
		if (!KNOWN.has(k) && !unknownKeys.has(k)) {
			unknownKeys.add(k);
			problem(
				`properties.${k}`,
				'a property of the event format (see docs/data.md)',
				`${describe(k)} (ignored here and in later features)`,
				'warning'
			);
		}
	}
	const pick = (...keys: string[]): [string, unknown] | undefined => {
		for (const k of keys)
			if (props[k] !== undefined && props[k] !== null && props[k] !== '') return [k, props[k]];
		return undefined;
	};
	const ev: Record<string, unknown> = {};
	const id = pick('id')?.[1] ?? feature.id;
	if (typeof id === 'string' || typeof id === 'number') ev.id = String(id);
	ev.title = pick('title', 'name', 'headline')?.[1] ?? '';
	ev.summary = pick('summary', 'description')?.[1] ?? '';
	const start = pick('start', 'time', 'date', 'year', 'start_date');
	if (start) ev.start = timeValue(start[1], start[0]);
	const end = pick('end', 'end_date');
	if (end) ev.end = timeValue(end[1], end[0]);
	for (const k of ['dateNote', 'computed', 'category', 'media'] as const)
		if (props[k] !== undefined) ev[k] = props[k];
	for (const k of ['tags', 'actors', 'related', 'links', 'disputes', 'record'] as const) {
		const v = props[k];
		if (typeof v === 'string' && k !== 'disputes' && k !== 'record') {
			const r = parseListCell(v);
			if (r.ok) ev[k] = r.value;
			else problem(k, r.expected, r.received);
		} else if (v !== undefined && v !== null) ev[k] = v;
	}
	if (typeof props.sources === 'string') {
		const r = parseSourcesCell(props.sources);
		if (r.ok) ev.sources = r.value;
		else problem('sources', r.expected, r.received);
	} else if (props.sources !== undefined && props.sources !== null) ev.sources = props.sources;

	// The place: our object, or a name; coordinates from the geometry.
	let place: Record<string, unknown> = {};
	const p = props.place;
	if (p && typeof p === 'object' && !Array.isArray(p))
		place = { ...(p as Record<string, unknown>) };
	else {
		const name = pick('place', 'place_name', 'location')?.[1];
		if (typeof name === 'string') place.name = name;
		const country = pick('country')?.[1];
		if (typeof country === 'string')
			place.country = /^[a-z]{2}$/i.test(country) ? country.toUpperCase() : country;
		const precision = pick('place_precision', 'precision')?.[1];
		if (precision !== undefined) place.precision = precision;
	}
	const g = feature.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
	if (g === null || g === undefined) {
		// No coordinates: online, unknown, or to be found in the gazetteer.
	} else if (g.type === 'Point' && Array.isArray(g.coordinates) && g.coordinates.length >= 2) {
		const [lon, lat] = g.coordinates as unknown[];
		if (typeof lat !== 'number' || typeof lon !== 'number') {
			problem(
				'geometry.coordinates',
				'numbers [longitude, latitude]',
				`[${describe(lon)}, ${describe(lat)}]`
			);
		} else {
			if (place.lat !== undefined && (place.lat !== lat || place.lon !== lon)) {
				problem(
					'place.lat',
					'the same coordinates in properties.place and the geometry',
					`${place.lat}, ${place.lon} (the geometry is used)`,
					'warning'
				);
			}
			place.lat = lat;
			place.lon = lon;
		}
	} else {
		const b = typeof g.type === 'string' ? middleOf(g.coordinates) : null;
		if (!b || !b.ok) {
			problem(
				'geometry',
				b?.expected ?? 'a Point geometry, or null',
				b?.received || describeGeometry(g)
			);
		} else {
			place.lon = b.lon;
			place.lat = b.lat;
			place.precision ??= 'region';
			problem(
				'geometry',
				'a Point geometry, or null',
				`a ${g.type as string} (placed at the middle of its bounding box)`,
				'warning'
			);
		}
	}
	ev.place = place;
	return { row, event: ev, issues: rowIssues };
}

function describeGeometry(g: unknown): string {
	if (!g || typeof g !== 'object') return describe(g);
	return `a geometry of type ${describe((g as { type?: unknown }).type)}`;
}

/** Read a GeoJSON FeatureCollection (or one Feature) into a dataset. Rows are feature numbers. */
export function parseGeoJson(input: string, opts: GeoJsonOptions): ImportResult {
	const { file } = opts;
	const parsed = parseJsonText(input, file);
	if (!parsed.ok) return { dataset: null, issues: [parsed.issue] };
	let doc = parsed.value as Record<string, unknown> | null;
	if (doc && typeof doc === 'object' && doc.type === 'Feature')
		doc = { type: 'FeatureCollection', features: [doc] };
	if (
		!doc ||
		typeof doc !== 'object' ||
		doc.type !== 'FeatureCollection' ||
		!Array.isArray(doc.features)
	) {
		return {
			dataset: null,
			issues: [
				{
					file,
					field: 'type',
					expected: 'a GeoJSON FeatureCollection with a "features" list',
					received: doc && typeof doc === 'object' ? describe(doc.type) : typeof doc,
					severity: 'error'
				}
			]
		};
	}
	const issues: Issue[] = [];
	const unknownKeys = new Set<string>();
	const drafts: Draft[] = [];
	doc.features.forEach((f, i) => {
		const d = featureToDraft(f, i + 1, file, unknownKeys, issues);
		if (d) drafts.push(d);
	});
	const ownMeta = opts.meta === undefined && doc.meta !== undefined;
	const result = assembleDataset(drafts, {
		file,
		meta: opts.meta ?? doc.meta,
		sources: opts.sources ?? (Array.isArray(doc.sources) ? doc.sources : undefined),
		metaFile: ownMeta ? file : opts.metaFile,
		metaDefaults: { title: (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, '') },
		resolvePlace: opts.resolvePlace
	});
	const all = [...issues, ...result.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
	return { dataset: result.dataset, issues: all };
}
