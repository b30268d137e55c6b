import { describe, expect, it, vi } from 'vitest';
import type { GazetteerData } from '$lib/model/gazetteer';
import { gazetteerResolver } from './gazetteerResolver';

const DATA: GazetteerData = {
	about: 'test',
	countries: { CA: ['Canada', 60, -95, ''] },
	admin1: { 'CA.08': 'Ontario' },
	cities: { CA: 'Toronto\t43.71\t-79.4\t08' }
};
const ok = () => new Response(JSON.stringify(DATA), { status: 200 });

describe('gazetteerResolver', () => {
	it('downloads once per address and resolves names as the gazetteer does', async () => {
		const fetcher = vi.fn(async () => ok());
		const [a, b] = await Promise.all([
			gazetteerResolver('https://a.example/gazetteer.json', fetcher),
			gazetteerResolver('https://a.example/gazetteer.json', fetcher)
		]);
		expect(fetcher).toHaveBeenCalledTimes(1);
		expect(a).toBe(b);
		const r = a?.('Toronto');
		expect(r?.status === 'found' && [r.place.lat, r.place.lon, r.place.country]).toEqual([
			43.71,
			-79.4,
			'CA'
		]);
		expect(a?.('Canada').status).toBe('found');
	});

	it.each([
		['a 404', async () => new Response('nope', { status: 404 })],
		['a network failure', async () => Promise.reject(new TypeError('offline'))],
		['JSON that is no gazetteer', async () => new Response('{"a":1}', { status: 200 })],
		['text that is not JSON', async () => new Response('<html>', { status: 200 })]
	])('gives null for %s, and tries again next time', async (_, failing) => {
		const url = `https://b.example/${encodeURIComponent(_)}.json`;
		expect(await gazetteerResolver(url, vi.fn(failing))).toBeNull();
		expect(
			await gazetteerResolver(
				url,
				vi.fn(async () => ok())
			)
		).not.toBeNull();
	});
});
