/**
 * Where an explorer's data comes from, and fetching it: a bundled dataset by name
 * (`?dataset=<name>`) or any URL in a format we read (`?data=<url>`, fetched with CORS: our JSON
 * or CSV, GeoJSON, TimelineJS JSON or sheet CSV; detected, or forced with `format=`). Never
 * throws: a fetch returns the parsed result or a message a reader can act on. The parser is
 * loaded only here, so the bundled default dataset never pays for it twice.
 */
import { firstInvalidUtf8 } from '$lib/model/firstInvalidUtf8';
import type { LoadResult } from '$lib/model/issue';
import type { DataFileResult } from '$lib/model/formats/parseDataFile';
import { gazetteerUrl } from './gazetteerUrl';
import type { Issue } from '$lib/model/types';
import { DATA_FORMATS, isDataFormat, type DataFormat } from '$lib/model/formats/detectDataFormat';
import { fetchBytes, type BytesResponse, type FetchLimits } from './fetchBytes';

/**
 * A source of data for `Explorer.load`: data already parsed (the bundled dataset, parsed with the
 * page) or a URL to fetch and parse.
 */
export type DataSource =
	| { kind: 'parsed'; label: string; result: LoadResult }
	| { kind: 'url'; url: URL; label: string; format?: DataFormat; note?: string }
	| { kind: 'file'; label: string; result: LoadResult };

/** A load that failed before any event could be read. */
export interface LoadFailure {
	error: string;
	/** The reader cancelled the download. */
	cancelled?: boolean;
}

/** True for http(s) URLs and same-site paths; anything else (javascript:, data:) is refused. */
export function allowedDataUrl(url: string, base: string): URL | null {
	try {
		const u = new URL(url, base);
		return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
	} catch {
		return null;
	}
}

/**
 * The data a page's URL asks for instead of the bundled dataset (`?data=<url>`,
 * `?dataset=<name>`), or why it cannot be loaded, or null for the bundled one. `bundled` is the
 * bundled dataset's name (asking for it is no request); `base` the site's base path.
 */
export function dataSourceOf(
	page: string,
	bundled: string,
	base: string
): Extract<DataSource, { kind: 'url' }> | LoadFailure | null {
	const params = new URL(page).searchParams;
	const dataUrl = params.get('data');
	const name = params.get('dataset');
	if (dataUrl) {
		const url = allowedDataUrl(dataUrl, page);
		if (!url)
			return { error: `Cannot load "${dataUrl}": only http and https addresses are allowed.` };
		return { kind: 'url', url, label: dataUrl, ...formatOf(params) };
	}
	if (name && name !== bundled) {
		if (!/^[a-z0-9-]+$/.test(name))
			return { error: `There is no bundled dataset named "${name}".` };
		return {
			kind: 'url',
			url: new URL(`${base}/data/${name}.json`, page),
			label: `dataset "${name}"`
		};
	}
	return null;
}

/**
 * The format `?format=` forces, or a note when its value is none we know (the format is then
 * detected).
 */
export function formatOf(params: URLSearchParams): { format?: DataFormat; note?: string } {
	const v = params.get('format');
	if (v === null || v === '') return {};
	const f = v.trim().toLowerCase();
	if (isDataFormat(f)) return { format: f };
	return {
		note: `format: "${v}" is not one of ${DATA_FORMATS.join(', ')}; the format was detected instead`
	};
}

/** What `fetchDataset` reads of a response (the page's prefetch hands over one like it). */
export type DatasetResponse = BytesResponse;

/** How `fetchDataset` fetches: `fetch` itself, the page's prefetch, or a stand-in in tests. */
export type DatasetFetcher = (url: string, init: RequestInit) => Promise<DatasetResponse>;

/**
 * The fetch the page started for `url` before the app's code arrived (app.html), taken once; else
 * `fetch`. Only a prefetch of exactly the URL the app would fetch is taken, so the page's script
 * can never make the app load anything the app's own rules (`dataSourceOf`) would not.
 */
export function takePrefetch(url: string): DatasetFetcher {
	if (typeof window === 'undefined') return fetch;
	const w = window as unknown as {
		__chronoatlasPrefetch?: {
			url: string;
			response: Promise<DatasetResponse>;
			cancel?: () => void;
		};
	};
	const pre = w.__chronoatlasPrefetch;
	if (!pre || pre.url !== url) return fetch;
	delete w.__chronoatlasPrefetch;
	return (_url, init) => {
		// Cancel and the time limit stop the page's download too.
		init.signal?.addEventListener('abort', () => pre.cancel?.(), { once: true });
		return pre.response;
	};
}

/**
 * Fetch and parse a dataset in any format we read. `label` names it in messages; `opts` holds
 * the format `?format=` forces, the reader's Cancel and the time and size limits (see fetchBytes).
 */
export async function fetchDataset(
	url: string,
	label: string,
	fetcher: DatasetFetcher = fetch,
	opts: FetchLimits & { format?: DataFormat; onPlaces?: () => void } = {}
): Promise<LoadResult | LoadFailure> {
	// The parser loads while the body downloads.
	const parser = import('$lib/model/formats/parseDataFile');
	parser.catch(() => {}); // a failure surfaces below, where it is awaited
	const read = await readText(url, label, fetcher, opts);
	if ('error' in read) return read;
	const { parseDataFile } = await parser;
	const gazetteer = gazetteerUrl();
	const r = await parseDataFile({
		name: url,
		text: read.text,
		contentType: read.type,
		format: opts.format,
		// Place names without coordinates: the gazetteer downloads, as the command line reads it.
		loadResolver: gazetteer
			? () => {
					opts.onPlaces?.();
					return import('./gazetteerResolver').then((m) => m.gazetteerResolver(gazetteer));
				}
			: undefined
	});
	const unusable = unusableResult(label, r);
	if (unusable) return unusable;
	return { ...r, issues: relabel(r.issues, label) };
}

/**
 * Why a parsed file cannot be shown, or null when it can: no dataset, or a file in another
 * format with no events and no rows rejected (an empty FeatureCollection, a sheet with only its
 * header), which would show an empty explorer without a word.
 */
export function unusableResult(label: string, r: DataFileResult): LoadFailure | null {
	if (!r.dataset) return { error: unusableMessage(label, r.issues) };
	if (r.format !== 'json' && r.events.length === 0 && !r.issues.some((i) => i.severity === 'error'))
		return { error: `${label} holds no events: it was read as ${r.format}, with no rows in it.` };
	return null;
}

/** Why a file cannot be shown at all, in a sentence. */
export function unusableMessage(label: string, issues: readonly Issue[]): string {
	const first = issues[0];
	if (issues.length === 1 && first && first.field === '') {
		return first.expected === 'valid JSON'
			? `${label} is not valid JSON: ${first.received}.`
			: `${label} cannot be read: expected ${first.expected}, got ${first.received}.`;
	}
	return `${label} is not a Chronoatlas dataset: ${issues
		.slice(0, 3)
		.map((i) => `${i.field || '(top level)'}: expected ${i.expected}, got ${i.received}`)
		.join('; ')}`;
}

/** Issues name the file as the reader wrote it (the `?data=` value), not the resolved URL. */
function relabel(issues: Issue[], label: string): Issue[] {
	for (const i of issues) i.file = label;
	return issues;
}

/**
 * Fetch the body as text. A function of its own so the response and its bytes (44 MB at
 * 100,000 events) are garbage once it returns, not kept alive through parsing.
 */
async function readText(
	url: string,
	label: string,
	fetcher: DatasetFetcher,
	limits: FetchLimits
): Promise<{ text: string; type?: string } | LoadFailure> {
	const got = await fetchBytes(url, label, fetcher, limits);
	if ('error' in got) return got;
	const bytes = got.bytes;
	// Strict UTF-8: `text()` would turn bytes of another encoding into U+FFFD without a word.
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const at = firstInvalidUtf8(bytes);
		return {
			error: `${label} is not UTF-8 text: the bytes from offset ${at} are not valid UTF-8. Save it as UTF-8.`
		};
	}
	return { text, type: got.type };
}
