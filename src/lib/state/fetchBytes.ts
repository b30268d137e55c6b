/**
 * Download a dataset's bytes with the limits a reader needs against a server that misbehaves: a
 * time limit on each wait (for the answer, then between pieces of the body), a size limit read
 * from the stream as it comes, a Cancel (an AbortSignal), and plain messages for 404s, refused
 * requests and web pages where data was expected. Never throws.
 */

/** How long to wait for an answer, or for the next piece of the body, before giving up. */
export const FETCH_TIMEOUT_MS = 30_000;

/**
 * The time limit in force: {@link FETCH_TIMEOUT_MS}, or a shorter one a browser test set on the
 * page before it loaded (`__chronoatlasFetchTimeoutMs`). Not a URL parameter, so no link can make
 * a reader's download give up early.
 */
export function fetchTimeoutMs(): number {
	const t: unknown = Reflect.get(globalThis, '__chronoatlasFetchTimeoutMs');
	return typeof t === 'number' && t > 0 ? t : FETCH_TIMEOUT_MS;
}

/** The largest dataset downloaded (100,000 events take about 44 MB). */
export const MAX_DATASET_BYTES = 50 * 1024 * 1024;

/** What is read of a response: `fetch`'s own, or the page's prefetch (no `body` stream). */
export interface BytesResponse {
	ok: boolean;
	status: number;
	statusText: string;
	arrayBuffer(): Promise<ArrayBuffer>;
	body?: ReadableStream<Uint8Array> | null;
	/** Its Content-Type is a hint to the format (the page's prefetch has none). */
	headers?: Pick<Headers, 'get'>;
}

/** Limits and Cancel for one download; every field is optional. */
export interface FetchLimits {
	/** Aborting it stops the download (the reader's Cancel). */
	signal?: AbortSignal;
	/** See {@link FETCH_TIMEOUT_MS}. */
	timeoutMs?: number;
	/** See {@link MAX_DATASET_BYTES}. */
	maxBytes?: number;
}

/** Why a download failed; `cancelled` when the reader asked for it. */
export interface FetchFailure {
	error: string;
	cancelled?: boolean;
}

class Stop extends Error {
	constructor(
		message: string,
		readonly cancelled = false
	) {
		super(message);
	}
}

/** Megabytes, for messages. */
function mb(bytes: number): string {
	const n = bytes / (1024 * 1024);
	return `${n >= 10 ? Math.round(n) : Math.round(n * 100) / 100} MB`;
}

/** `p`, unless the time runs out or the signal aborts first (then a {@link Stop}). */
function within<T>(
	p: Promise<T>,
	ms: number,
	signal: AbortSignal | undefined,
	onTimeout: () => void,
	what: string
): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const onAbort = () => reject(new Stop('Cancelled.', true));
		if (signal?.aborted) return onAbort();
		const timer = setTimeout(() => {
			onTimeout();
			reject(new Stop(what));
		}, ms);
		signal?.addEventListener('abort', onAbort, { once: true });
		const done = () => {
			clearTimeout(timer);
			signal?.removeEventListener('abort', onAbort);
		};
		p.then(
			(v) => {
				done();
				resolve(v);
			},
			(e: unknown) => {
				done();
				reject(e);
			}
		);
	});
}

/** True when the bytes start like a web page (a login page, an error page, a site's home). */
export function looksLikeHtml(bytes: Uint8Array): boolean {
	let i = 0;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
	while (i < bytes.length && (bytes[i] === 0x20 || (bytes[i]! >= 0x09 && bytes[i]! <= 0x0d))) i++;
	let head = '';
	for (let j = i; j < bytes.length && j < i + 15; j++) head += String.fromCharCode(bytes[j]!);
	return /^<(!doctype html|html|head|body)[\s>]/i.test(head);
}

/**
 * Download `url` (mode cors, no credentials) within the limits. `label` names it in messages.
 * The request is aborted, not only abandoned, on timeout, on Cancel and past the size limit.
 */
export async function fetchBytes(
	url: string,
	label: string,
	fetcher: (url: string, init: RequestInit) => Promise<BytesResponse>,
	limits: FetchLimits = {}
): Promise<{ bytes: Uint8Array; type?: string } | FetchFailure> {
	const ms = limits.timeoutMs ?? FETCH_TIMEOUT_MS;
	const max = limits.maxBytes ?? MAX_DATASET_BYTES;
	const ctrl = new AbortController();
	const outer = limits.signal;
	const stop = () => ctrl.abort();
	outer?.addEventListener('abort', stop, { once: true });
	const seconds = `${Math.round(ms / 100) / 10} seconds`;
	const silent = `Could not load ${label}: the server did not answer within ${seconds}. It may be down or slow: try again later.`;
	try {
		let res: BytesResponse;
		try {
			res = await within(
				fetcher(url, { mode: 'cors', credentials: 'omit', signal: ctrl.signal }),
				ms,
				outer,
				stop,
				silent
			);
		} catch (e) {
			if (e instanceof Stop) throw e;
			throw new Stop(
				`Could not load ${label}: the request failed (${(e as Error).message}). Check the address, and that the server allows other sites to read it (CORS).`
			);
		}
		if (!res.ok) {
			const why =
				res.status === 404
					? ' There is no file at this address: check it.'
					: res.status === 401 || res.status === 403
						? ' The file is not public.'
						: '';
			throw new Stop(
				`Could not load ${label}: the server answered ${res.status} ${res.statusText}.`.replace(
					/ \.$/,
					'.'
				) + why
			);
		}
		const bytes = await readBody(res, label, ms, max, outer, stop);
		if (looksLikeHtml(bytes)) {
			throw new Stop(
				`${label} is a web page, not data. Use the address of the data file itself (for GitHub, the "Raw" link).`
			);
		}
		return { bytes, type: res.headers?.get('content-type') ?? undefined };
	} catch (e) {
		stop();
		if (e instanceof Stop) return { error: e.message, ...(e.cancelled && { cancelled: true }) };
		return { error: `Could not read ${label}: ${(e as Error).message}` };
	} finally {
		outer?.removeEventListener('abort', stop);
	}
}

/** The body, piece by piece from the stream where there is one, within the limits. */
async function readBody(
	res: BytesResponse,
	label: string,
	ms: number,
	max: number,
	signal: AbortSignal | undefined,
	stop: () => void
): Promise<Uint8Array> {
	const tooBig = `${label} is larger than ${mb(max)}, more than this app can show in a browser. Split it, or filter it first.`;
	const stalled = `Could not load ${label}: the download stopped for ${Math.round(ms / 1000)} seconds. Try again.`;
	if (!res.body) {
		// The page's prefetch hands over the whole body at once: no piece to time.
		const buf = await within(res.arrayBuffer(), 2 ** 31 - 1, signal, stop, stalled);
		if (buf.byteLength > max) throw new Stop(tooBig);
		return new Uint8Array(buf);
	}
	const reader = res.body.getReader();
	const parts: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await within(reader.read(), ms, signal, stop, stalled);
			if (done) break;
			size += value.byteLength;
			if (size > max) throw new Stop(tooBig);
			parts.push(value);
		}
	} finally {
		reader.cancel().catch(() => {});
	}
	if (parts.length === 1) return parts[0]!;
	const all = new Uint8Array(size);
	let at = 0;
	for (const p of parts) {
		all.set(p, at);
		at += p.byteLength;
	}
	return all;
}
