/**
 * Where an explorer's data comes from, and fetching it: a bundled dataset by name
 * (`?dataset=<name>`) or any URL in our JSON format (`?data=<url>`, fetched with CORS). Never
 * throws: a fetch returns the parsed result or a message a reader can act on. The parser is
 * loaded only here, so the bundled default dataset never pays for it twice.
 */
import { firstInvalidUtf8 } from '$lib/model/firstInvalidUtf8';
import type { LoadResult } from '$lib/model/issue';
import { fetchBytes, type BytesResponse, type FetchLimits } from './fetchBytes';

/**
 * A source of data for `Explorer.load`: data already parsed (the bundled dataset, parsed with the
 * page) or a URL to fetch and parse.
 */
export type DataSource =
	{ kind: 'parsed'; label: string; result: LoadResult } | { kind: 'url'; url: URL; label: string };

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
		return { kind: 'url', url, label: dataUrl };
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
 * Fetch and parse a dataset. `label` names it in messages; `limits` holds the reader's Cancel and
 * the time and size limits (see fetchBytes).
 */
export async function fetchDataset(
	url: string,
	label: string,
	fetcher: DatasetFetcher = fetch,
	limits: FetchLimits = {}
): Promise<LoadResult | LoadFailure> {
	// The parser loads while the body downloads.
	const parser = import('$lib/model/parseDataset');
	parser.catch(() => {}); // a failure surfaces below, where it is awaited
	const read = await readJson(url, label, fetcher, limits);
	if ('error' in read) return read;
	const { parseDataset } = await parser;
	const r = await parseDataset(read.raw, label);
	if (!r.dataset) {
		return {
			error: `${label} is not a Chronoatlas dataset: ${r.issues
				.slice(0, 3)
				.map((i) => `${i.field || '(top level)'}: expected ${i.expected}, got ${i.received}`)
				.join('; ')}`
		};
	}
	return r;
}

/**
 * Fetch and parse the JSON. A function of its own so the response and its text (44 MB at
 * 100,000 events) are garbage once it returns, not kept alive through parsing.
 */
async function readJson(
	url: string,
	label: string,
	fetcher: DatasetFetcher,
	limits: FetchLimits
): Promise<{ raw: unknown } | LoadFailure> {
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
	try {
		return { raw: JSON.parse(text) };
	} catch (e) {
		return { error: `${label} is not valid JSON: ${(e as Error).message}` };
	}
}
