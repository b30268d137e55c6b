/**
 * Loading a dataset in the browser: a bundled one by name (`?dataset=<name>`) or any URL in our
 * JSON format (`?data=<url>`, fetched with CORS). Never throws: returns the loaded result or a
 * message a reader can act on. The validator is loaded only here, so the bundled default dataset
 * never pays for it.
 */
import type { LoadResult } from '$lib/model/issues';

/** A load that failed before any event could be read. */
export interface LoadFailure {
	error: string;
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

/** A dataset the page's URL asks for instead of the bundled one, or why it cannot be loaded. */
export type DatasetRequest = { url: URL; label: string } | { error: string } | null;

/**
 * Read `?data=<url>` and `?dataset=<name>` from the page's URL. `current` is the bundled
 * dataset's name (asking for it is no request); `base` the site's base path.
 */
export function datasetRequest(page: string, current: string, base: string): DatasetRequest {
	const search = new URL(page).search;
	const params = new URLSearchParams(search);
	const dataUrl = params.get('data');
	const name = params.get('dataset');
	if (dataUrl) {
		const url = allowedDataUrl(dataUrl, page);
		if (!url)
			return { error: `Cannot load "${dataUrl}": only http and https addresses are allowed.` };
		return { url, label: dataUrl };
	}
	if (name && name !== current) {
		if (!/^[a-z0-9-]+$/.test(name))
			return { error: `There is no bundled dataset named "${name}".` };
		return { url: new URL(`${base}/data/${name}.json`, page), label: `dataset "${name}"` };
	}
	return null;
}

/** What `fetchDataset` reads of a response (app.html's prefetch hands over one like it). */
export type DatasetResponse = Pick<Response, 'ok' | 'status' | 'statusText' | 'text'>;

/** How `fetchDataset` fetches: `fetch` itself, or one handing over app.html's prefetch. */
export type DatasetFetcher = (url: string, init: RequestInit) => Promise<DatasetResponse>;

/** Fetch, parse and validate a dataset. `label` names it in messages. */
export async function fetchDataset(
	url: string,
	label: string,
	fetcher: DatasetFetcher = fetch
): Promise<LoadResult | LoadFailure> {
	// The validator loads while the body downloads.
	const validator = import('$lib/model/untrusted');
	validator.catch(() => {}); // a failure surfaces below, where it is awaited
	const read = await readJson(url, label, fetcher);
	if ('error' in read) return read;
	const { loadUntrusted } = await validator;
	const r = await loadUntrusted(read.raw, label);
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
 * 100,000 events) are garbage once it returns, not kept alive through validation.
 */
async function readJson(
	url: string,
	label: string,
	fetcher: DatasetFetcher
): Promise<{ raw: unknown } | LoadFailure> {
	let res: DatasetResponse;
	try {
		res = await fetcher(url, { mode: 'cors', credentials: 'omit' });
	} catch (e) {
		return {
			error: `Could not load ${label}: the request failed (${(e as Error).message}). Check the address, and that the server allows cross-origin requests (CORS).`
		};
	}
	if (!res.ok) {
		return {
			error: `Could not load ${label}: the server answered ${res.status} ${res.statusText}.`.trim()
		};
	}
	let text: string;
	try {
		text = await res.text();
	} catch (e) {
		return { error: `Could not read ${label}: ${(e as Error).message}` };
	}
	try {
		return { raw: JSON.parse(text) };
	} catch (e) {
		return { error: `${label} is not valid JSON: ${(e as Error).message}` };
	}
}
