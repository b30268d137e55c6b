import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
	allowedDataUrl,
	dataSourceOf,
	fetchDataset,
	formatOf,
	type DatasetResponse,
	takePrefetch
} from './dataSource';

const PAGE = 'https://example.org/atlas/?x=1';

describe('dataSourceOf', () => {
	it('is null without ?data= or ?dataset=, and for the bundled dataset itself', () => {
		expect(dataSourceOf(PAGE, 'quds-day', '/atlas')).toBeNull();
		expect(dataSourceOf(`${PAGE}&dataset=quds-day`, 'quds-day', '/atlas')).toBeNull();
	});

	it('resolves ?data= against the page, and ?dataset= under the base path', () => {
		const d = dataSourceOf(`${PAGE}&data=/files/a.json`, 'quds-day', '/atlas');
		expect(d && 'url' in d && d.url.href).toBe('https://example.org/files/a.json');
		const n = dataSourceOf(`${PAGE}&dataset=other`, 'quds-day', '/atlas');
		expect(n && 'url' in n && n.url.href).toBe('https://example.org/atlas/data/other.json');
		expect(n && 'label' in n && n.label).toBe('dataset "other"');
	});

	it('refuses other protocols and names that are not slugs, saying why', () => {
		const js = dataSourceOf(`${PAGE}&data=javascript:alert(1)`, 'quds-day', '');
		expect(js && 'error' in js && js.error).toMatch(/only http and https/);
		const bad = dataSourceOf(`${PAGE}&dataset=../x`, 'quds-day', '');
		expect(bad && 'error' in bad && bad.error).toMatch(/no bundled dataset named "\.\.\/x"/);
	});
});

describe('formatOf', () => {
	it.each([
		['', {}],
		['format=geojson', { format: 'geojson' }],
		['format=CSV', { format: 'csv' }],
		['format=xlsx', { note: expect.stringMatching(/"xlsx" is not one of .*detected instead/) }]
	])('%s', (q, want) => expect(formatOf(new URLSearchParams(q))).toEqual(want));

	it('is carried by a ?data= source', () => {
		const d = dataSourceOf(`${PAGE}&data=/a&format=timelinejs`, 'quds-day', '');
		expect(d && 'format' in d && d.format).toBe('timelinejs');
	});
});

describe('fetchDataset', () => {
	const respond =
		(r: Partial<Omit<DatasetResponse, 'body'>> & { body?: string | Uint8Array }) =>
		async (): Promise<DatasetResponse> => ({
			ok: r.ok ?? true,
			status: r.status ?? 200,
			statusText: r.statusText ?? 'OK',
			arrayBuffer: async () => {
				const b = typeof r.body === 'string' ? new TextEncoder().encode(r.body) : r.body;
				return (b ?? new Uint8Array()).slice().buffer;
			}
		});

	it('reads a response-like object', async () => {
		const body = readFileSync('data/quds-day/dataset.json', 'utf8');
		const r = await fetchDataset('u', 'test', respond({ body }));
		expect('error' in r ? r.error : r.events.length).toBeGreaterThan(50);
	});

	it('names the status, bad JSON and a failed request', async () => {
		const a = await fetchDataset(
			'u',
			'x',
			respond({ ok: false, status: 404, statusText: 'Not Found' })
		);
		expect('error' in a && a.error).toBe(
			'Could not load x: the server answered 404 Not Found. There is no file at this address: check it.'
		);
		const b = await fetchDataset('u', 'x', respond({ body: '{' }));
		expect('error' in b && b.error).toMatch(/^x cannot be read: .*not valid JSON/);
		const c = await fetchDataset('u', 'x', () => Promise.reject(new TypeError('Failed to fetch')));
		expect('error' in c && c.error).toMatch(/the request failed \(Failed to fetch\)/);
	});

	// The bytes were read with text(), which turns invalid UTF-8 into U+FFFD silently.
	it('reports bytes that are not UTF-8, with their offset', async () => {
		const latin1 = Uint8Array.from(
			[...'{"meta": "caf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x22, 0x7d])
		);
		const r = await fetchDataset('u', 'x', respond({ body: latin1 }));
		expect('error' in r && r.error).toBe(
			'x is not UTF-8 text: the bytes from offset 13 are not valid UTF-8. Save it as UTF-8.'
		);
	});

	it('drops a byte-order mark', async () => {
		const body = readFileSync('data/quds-day/dataset.json', 'utf8');
		const r = await fetchDataset('u', 'test', respond({ body: '\ufeff' + body }));
		expect('error' in r ? r.error : r.events.length).toBeGreaterThan(50);
	});

	it.each([
		['a CSV in our template', 'id,title,start,place,lat,lon\na,A,2020,Paris,48.8,2.3\n', undefined],
		['a TimelineJS sheet', 'Year,Month,Day,Headline,Text\n2001,1,2,Hello,x\n', undefined],
		['a CSV forced by format=', 'title;start\nA;2020\n', 'csv' as const]
	])('reads %s', async (_, body, format) => {
		const r = await fetchDataset('https://x.org/pub?output=csv', 'x', respond({ body }), {
			format
		});
		expect('error' in r ? r.error : r.events.length).toBe(1);
	});

	it.each([
		['an HTML page', '<!DOCTYPE html><html><body>Sign in</body></html>', /a web page, not data/],
		['JSON that is no dataset', '{"name": "x"}', /JSON that is not a dataset/],
		['an empty FeatureCollection', '{"type": "FeatureCollection", "features": []}', /no events/],
		['not valid JSON', '{ "meta": { "title": "cut', /^x is not valid JSON: Unterminated/]
	])('says clearly when the body is %s', async (_, body, why) => {
		const r = await fetchDataset('u', 'x', respond({ body }));
		expect('error' in r && r.error).toMatch(why);
	});

	it('allows only http and https', () => {
		expect(allowedDataUrl('data:text/plain,x', PAGE)).toBeNull();
		expect(allowedDataUrl('a.json', PAGE)?.href).toBe('https://example.org/atlas/a.json');
	});
});

describe('takePrefetch', () => {
	it("takes the page's prefetch only for the URL the app would fetch, and only once", async () => {
		const response = Promise.resolve({
			ok: true,
			status: 200,
			statusText: 'OK',
			arrayBuffer: async () => new ArrayBuffer(2)
		});
		vi.stubGlobal('window', { __chronoatlasPrefetch: { url: 'https://a.org/x.json', response } });
		try {
			expect(takePrefetch('https://a.org/other.json')).toBe(fetch);
			const f = takePrefetch('https://a.org/x.json');
			expect(f).not.toBe(fetch);
			expect(await f('https://a.org/x.json', {})).toBe(await response);
			expect(takePrefetch('https://a.org/x.json')).toBe(fetch);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
