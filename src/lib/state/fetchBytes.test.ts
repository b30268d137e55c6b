import { describe, expect, it } from 'vitest';
import { fetchBytes, looksLikeHtml, type BytesResponse } from './fetchBytes';

type Init = RequestInit;

/** A response whose body streams `chunks`, then ends (or stalls forever when `stall`). */
function streamed(chunks: Uint8Array[], { stall = false, status = 200 } = {}): BytesResponse {
	let i = 0;
	const body = new ReadableStream<Uint8Array>({
		pull(c) {
			if (i < chunks.length) c.enqueue(chunks[i++]!);
			else if (!stall) c.close();
			else return new Promise(() => {});
		}
	});
	return {
		ok: status < 400,
		status,
		statusText: status === 404 ? 'Not Found' : 'OK',
		body,
		arrayBuffer: () => Promise.reject(new Error('read the stream'))
	};
}

/** A fetcher that never answers, but rejects when its signal aborts (as fetch does). */
function silent(seen: { signal?: AbortSignal | null }) {
	return (_u: string, init: Init) => {
		seen.signal = init.signal;
		return new Promise<BytesResponse>((_, reject) => {
			init.signal?.addEventListener('abort', () =>
				reject(new DOMException('aborted', 'AbortError'))
			);
		});
	};
}

const text = (s: string) => new TextEncoder().encode(s);

describe('fetchBytes', () => {
	it('gives up on a server that never answers, and aborts the request', async () => {
		const seen: { signal?: AbortSignal | null } = {};
		const r = await fetchBytes('u', 'x', silent(seen), { timeoutMs: 20 });
		expect('error' in r && r.error).toMatch(/^Could not load x: the server did not answer within/);
		expect(seen.signal?.aborted).toBe(true);
	});

	it('says the time limit in seconds', async () => {
		const r = await fetchBytes('u', 'x', silent({}), { timeoutMs: 150 });
		expect('error' in r && r.error).toMatch(/did not answer within 0\.2 seconds/);
	});

	it('gives up on a body that stops coming', async () => {
		const f = async () => streamed([text('{"a":')], { stall: true });
		const r = await fetchBytes('u', 'x', f, { timeoutMs: 20 });
		expect('error' in r && r.error).toMatch(/^Could not load x: the download stopped/);
	});

	it('stops reading past the size limit, with a clear message', async () => {
		let pulled = 0;
		const big = new Uint8Array(1000);
		const body = new ReadableStream<Uint8Array>({
			pull(c) {
				pulled++;
				c.enqueue(big);
			}
		});
		const f = async (): Promise<BytesResponse> => ({
			ok: true,
			status: 200,
			statusText: 'OK',
			body,
			arrayBuffer: () => Promise.reject(new Error('no'))
		});
		const r = await fetchBytes('u', 'x', f, { maxBytes: 10_000 });
		expect('error' in r && r.error).toBe(
			'x is larger than 0.01 MB, more than this app can show in a browser. Split it, or filter it first.'
		);
		expect(pulled).toBeLessThan(20);
	});

	it('applies the size limit to a body handed over whole', async () => {
		const f = async (): Promise<BytesResponse> => ({
			ok: true,
			status: 200,
			statusText: 'OK',
			arrayBuffer: async () => new ArrayBuffer(60 * 1024 * 1024)
		});
		const r = await fetchBytes('u', 'x', f);
		expect('error' in r && r.error).toMatch(/^x is larger than 50 MB/);
	});

	it('joins the pieces of a streamed body', async () => {
		const f = async () => streamed([text('{"a"'), text(':1}')]);
		const r = await fetchBytes('u', 'x', f);
		expect('bytes' in r && new TextDecoder().decode(r.bytes)).toBe('{"a":1}');
	});

	it('cancels on the signal, saying so', async () => {
		const seen: { signal?: AbortSignal | null } = {};
		const ctrl = new AbortController();
		const p = fetchBytes('u', 'x', silent(seen), { signal: ctrl.signal });
		ctrl.abort();
		const r = await p;
		expect(r).toEqual({ error: 'Cancelled.', cancelled: true });
		expect(seen.signal?.aborted).toBe(true);
	});

	it.each([
		[404, 'Not Found', /404 Not Found\. There is no file at this address/],
		[403, 'Forbidden', /403 Forbidden\. The file is not public\./],
		[500, '', /the server answered 500\.$/]
	])('explains status %i', async (status, statusText, message) => {
		const f = async (): Promise<BytesResponse> => ({
			ok: false,
			status,
			statusText,
			arrayBuffer: async () => new ArrayBuffer(0)
		});
		const r = await fetchBytes('u', 'x', f);
		expect('error' in r && r.error).toMatch(message);
	});

	it('names a refused request (CORS) as such', async () => {
		const r = await fetchBytes('u', 'x', () => Promise.reject(new TypeError('Failed to fetch')));
		expect('error' in r && r.error).toMatch(/request failed \(Failed to fetch\).*\(CORS\)/);
	});

	it('says when a web page came instead of data', async () => {
		const f = async () => streamed([text('\n  <!DOCTYPE html><html><body>Sign in</body></html>')]);
		const r = await fetchBytes('u', 'x', f);
		expect('error' in r && r.error).toMatch(/^x is a web page, not data/);
	});
});

describe('looksLikeHtml', () => {
	it.each([
		['<!doctype html>', true],
		['\ufeff<html lang="en">', true],
		['  <HEAD>', true],
		['{"meta": "<html>"}', false],
		['<?xml version="1.0"?><kml>', false],
		['date,title\n', false]
	])('%j → %s', (s, html) => expect(looksLikeHtml(text(s))).toBe(html));
});
