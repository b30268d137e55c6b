/**
 * The explorer's shareable state as URL query parameters: a pure codec (no Svelte, no browser
 * globals), so that a link reproduces what the reader saw and Back/Forward can walk through it.
 *
 * | param     | meaning                                 | example                          |
 * | --------- | --------------------------------------- | -------------------------------- |
 * | `dataset` | which bundled dataset (kept as is)      | `dataset=quds-day`               |
 * | `data`    | a dataset URL (kept as is)              | `data=https://example.org/a.json`|
 * | `event`   | the selected event id                   | `event=toronto-2020`             |
 * | `t`       | timeline window, UTC, `start..end`      | `t=1979-01-01..2026-01-01`       |
 * | `map`     | map centre and zoom `lat,lon,zoom`      | `map=43.6532,-79.3832,10`        |
 * | `layout`  | `timeline`, `map` or `list` (not split) | `layout=map`                     |
 * | `q`       | search text                             | `q=quds+day`                     |
 * | `cat`     | category filter, repeatable             | `cat=rally&cat=statement`        |
 * | `country` | country filter (ISO code), repeatable   | `country=CA`                     |
 * | `actor`   | actor filter, repeatable                | `actor=Al-Quds+Committee`        |
 * | `source`  | source filter (source id), repeatable   | `source=irna-2020`               |
 * | `persp`   | perspective filter, repeatable          | `persp=Iranian+state+media`      |
 * | `tag`     | tag filter, repeatable                  | `tag=online`                     |
 * | `computed`| `0`: hide computed (not sourced) events | `computed=0`                     |
 * | `mode`    | `hide`: hide events outside the window  | `mode=hide`                      |
 * | `onmap`   | `1`: only what is on the map            | `onmap=1`                        |
 * | `tiles`   | read only, to tell the reader a link    | `tiles=1`                        |
 * |           | cannot turn online map tiles on         |                                  |
 *
 * Defaults are omitted. Lists are repeated parameters, so values may contain commas, `&`, `=`
 * or anything else. Decoding never throws: a bad value is ignored and reported.
 */
import type { Layout, MapView, TimeWindow } from './explorer.svelte';
import { emptyFilters, type Filters } from './filters';
import { formatInstant, parseInstant, roundMapView, roundWindow } from './urlPrecision';

/** Everything the URL carries. */
export interface UrlState {
	/** Selected event id. */
	event: string | null;
	/** Timeline window in UTC milliseconds. */
	window: TimeWindow | null;
	/** Map centre and zoom. */
	map: MapView | null;
	filters: Filters;
	windowMode: 'dim' | 'hide';
	onlyOnMap: boolean;
	layout: Layout;
	tiles: boolean;
	/** Bundled dataset name, passed through. */
	dataset: string | null;
	/** Dataset URL, passed through. */
	data: string | null;
}

/** The state of a bare URL. */
export function defaultUrlState(): UrlState {
	return {
		event: null,
		window: null,
		map: null,
		filters: emptyFilters(),
		windowMode: 'dim',
		onlyOnMap: false,
		layout: 'split',
		tiles: false,
		dataset: null,
		data: null
	};
}

/** The list filters and their parameter names, in URL order. */
const LIST_PARAMS = [
	['categories', 'cat'],
	['countries', 'country'],
	['actors', 'actor'],
	['sources', 'source'],
	['perspectives', 'persp'],
	['tags', 'tag']
] as const satisfies ReadonlyArray<readonly [keyof Filters, string]>;

/** Every parameter this codec owns. Others in the URL belong to someone else and are kept. */
export const URL_PARAMS: readonly string[] = [
	'dataset',
	'data',
	'event',
	't',
	'map',
	'layout',
	'q',
	...LIST_PARAMS.map(([, p]) => p),
	'computed',
	'mode',
	'onmap',
	'tiles'
];

/**
 * Parameters that change continuously (panning, zooming, typing): written with
 * `replaceState`, debounced. Every other parameter is a discrete choice that gets its own
 * history entry.
 */
export const CONTINUOUS_PARAMS: readonly string[] = ['t', 'map', 'q'];

const LAYOUTS: readonly Layout[] = ['split', 'timeline', 'map', 'list'];

/** A string as a URL can carry it: lone surrogates become U+FFFD (what URLSearchParams does). */
function wellFormed(s: string): string {
	return s.toWellFormed();
}

/**
 * The state exactly as it comes back from the URL: window and map rounded to the URL's
 * resolution, strings made well-formed, empty list values dropped. `decodeState(encodeState(s))`
 * gives `normalizeState(s)`, and a normalized state round-trips exactly.
 */
export function normalizeState(s: UrlState): UrlState {
	const f = s.filters;
	const filters: Filters = {
		...f,
		q: wellFormed(f.q),
		computed: f.computed
	};
	for (const [key] of LIST_PARAMS) {
		filters[key] = f[key].filter((v) => v !== '').map(wellFormed);
	}
	const str = (v: string | null) => (v ? wellFormed(v) : null);
	return {
		event: str(s.event),
		window: roundWindow(s.window),
		map: roundMapView(s.map),
		filters,
		windowMode: s.windowMode === 'hide' ? 'hide' : 'dim',
		onlyOnMap: s.onlyOnMap,
		layout: LAYOUTS.includes(s.layout) ? s.layout : 'split',
		tiles: s.tiles,
		dataset: str(s.dataset),
		data: str(s.data)
	};
}

function formatNumber(x: number): string {
	return String(x + 0);
}

/**
 * The URL parameters of a state, defaults omitted, in a stable order. The window and map are
 * written at the URL's resolution (see `normalizeState`).
 */
export function encodeState(state: UrlState): URLSearchParams {
	const s = normalizeState(state);
	const p = new URLSearchParams();
	if (s.dataset) p.set('dataset', s.dataset);
	if (s.data) p.set('data', s.data);
	if (s.event) p.set('event', s.event);
	if (s.window) p.set('t', `${formatInstant(s.window.start)}..${formatInstant(s.window.end)}`);
	if (s.map) p.set('map', [s.map.lat, s.map.lon, s.map.zoom].map(formatNumber).join(','));
	if (s.layout !== 'split') p.set('layout', s.layout);
	if (s.filters.q !== '') p.set('q', s.filters.q);
	for (const [key, name] of LIST_PARAMS) {
		for (const v of s.filters[key]) p.append(name, v);
	}
	if (!s.filters.computed) p.set('computed', '0');
	if (s.windowMode === 'hide') p.set('mode', 'hide');
	if (s.onlyOnMap) p.set('onmap', '1');
	if (s.tiles) p.set('tiles', '1');
	return p;
}

/** Result of decoding: the state and what was wrong with the parameters, for people. */
export interface DecodedState {
	state: UrlState;
	issues: string[];
}

// One way to match each digit: `\d+\.?\d*` backtracks quadratically on a long run of digits.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

function parseFlag(v: string): boolean | null {
	if (v === '1' || v === 'true') return true;
	if (v === '0' || v === 'false') return false;
	return null;
}

/**
 * Read the state from URL parameters. Never throws: unknown or malformed values are ignored,
 * each with an issue saying what was expected and what was received. Parameters this codec
 * does not own are left alone (not reported).
 */
export function decodeState(params: URLSearchParams): DecodedState {
	const state = defaultUrlState();
	const issues: string[] = [];
	const bad = (name: string, expected: string, received: string) =>
		issues.push(`${name}: expected ${expected}, got "${received}"; ignored`);

	/** The single value of a parameter, reporting repeats. */
	const one = (name: string): string | null => {
		const all = params.getAll(name);
		if (all.length === 0) return null;
		if (all.length > 1) {
			issues.push(`${name}: given ${all.length} times; used the first ("${all[0]}")`);
		}
		return all[0]!;
	};

	const dataset = one('dataset');
	if (dataset) state.dataset = dataset;
	const data = one('data');
	if (data) state.data = data;
	const event = one('event');
	if (event) state.event = event;

	const t = one('t');
	if (t !== null) {
		const [a, b, ...rest] = t.split('..');
		const start = a !== undefined ? parseInstant(a) : null;
		const end = b !== undefined ? parseInstant(b) : null;
		if (rest.length || start === null || end === null) {
			bad('t', 'a UTC window start..end such as 1979-01-01..2026-01-01', t);
		} else if (end <= start) {
			bad('t', 'an end after the start', t);
		} else state.window = { start, end };
	}

	const map = one('map');
	if (map !== null) {
		const parts = map.split(',');
		const nums = parts.map((x) => (NUMBER.test(x.trim()) ? Number(x) : NaN));
		const [lat, lon, zoom] = nums;
		if (
			nums.length !== 3 ||
			lat === undefined ||
			lon === undefined ||
			zoom === undefined ||
			!nums.every(Number.isFinite) ||
			Math.abs(lat) > 90 ||
			Math.abs(lon) > 180 ||
			zoom < 0 ||
			zoom > 30
		) {
			bad('map', 'lat,lon,zoom such as 43.6532,-79.3832,10 (|lat| ≤ 90, |lon| ≤ 180)', map);
		} else state.map = { lat, lon, zoom };
	}

	const layout = one('layout');
	if (layout !== null) {
		if ((LAYOUTS as readonly string[]).includes(layout)) state.layout = layout as Layout;
		else bad('layout', LAYOUTS.join(', '), layout);
	}

	const q = one('q');
	if (q !== null) state.filters.q = q;
	for (const [key, name] of LIST_PARAMS) {
		const values = params.getAll(name);
		if (values.includes('')) issues.push(`${name}: empty value ignored`);
		state.filters[key] = values.filter((v) => v !== '');
	}

	const computed = one('computed');
	if (computed !== null) {
		const f = parseFlag(computed);
		if (f === null) bad('computed', '0 or 1', computed);
		else state.filters.computed = f;
	}
	const mode = one('mode');
	if (mode !== null) {
		if (mode === 'hide' || mode === 'dim') state.windowMode = mode;
		else bad('mode', 'hide or dim', mode);
	}
	for (const [name, key] of [
		['onmap', 'onlyOnMap'],
		['tiles', 'tiles']
	] as const) {
		const v = one(name);
		if (v === null) continue;
		const f = parseFlag(v);
		if (f === null) bad(name, '0 or 1', v);
		else state[key] = f;
	}
	return { state, issues };
}

/**
 * A query string (without "?") that reads well in the address bar: like
 * `URLSearchParams.toString()` but leaving `,` `:` `/` `@` `!` `'` `(` `)` `*` unescaped
 * (all legal in a query) and writing spaces as `+`. `new URLSearchParams(formatQuery(p))`
 * gives back exactly `p`.
 */
export function formatQuery(p: URLSearchParams): string {
	const enc = (s: string) =>
		encodeURIComponent(s)
			.replace(/%2C/g, ',')
			.replace(/%3A/g, ':')
			.replace(/%2F/g, '/')
			.replace(/%40/g, '@')
			.replace(/%20/g, '+');
	return [...p].map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
}

/** Only the parameters this codec owns, in their given order. */
export function ownParams(p: URLSearchParams): URLSearchParams {
	return new URLSearchParams([...p].filter(([k]) => URL_PARAMS.includes(k)));
}

/** Decode a `location.search`, also giving our parameters as they stand (to tell if canonical). */
export function readSearch(search: string): DecodedState & { query: string } {
	const params = new URLSearchParams(search);
	return { ...decodeState(params), query: formatQuery(ownParams(params)) };
}
