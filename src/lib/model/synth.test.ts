import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadResult } from './issue';
import { mulberry32, synthDataset } from './synth';
import { parseDataset } from './parseDataset';

describe('mulberry32', () => {
	it('is deterministic and in [0, 1)', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		const xs = Array.from({ length: 1000 }, () => a());
		expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(new Set(xs).size).toBe(1000);
	});
});

describe('synthDataset', () => {
	const n = 5000;
	const data = synthDataset(n, 7);
	let loaded: LoadResult;
	beforeAll(async () => {
		loaded = await parseDataset(JSON.parse(JSON.stringify(data)), 'synth');
	});

	it('is the same for the same seed and differs for another', () => {
		expect(synthDataset(200, 7)).toEqual(synthDataset(200, 7));
		expect(synthDataset(200, 8).events).not.toEqual(synthDataset(200, 7).events);
		// A prefix of a bigger dataset is not promised, but the count is.
		expect(synthDataset(0, 1).events).toEqual([]);
	});

	it('checks clean: no errors, no warnings', () => {
		expect(loaded.issues).toEqual([]);
		expect(loaded.events).toHaveLength(n);
	});

	it('mixes day, month and year precision, qualifiers and ranges over 1979–2025', () => {
		const ev = loaded.events;
		const share = (f: (e: (typeof ev)[number]) => boolean) => ev.filter(f).length / n;
		expect(share((e) => e.time.precision === 'day')).toBeGreaterThan(0.4);
		expect(share((e) => e.time.precision === 'month')).toBeGreaterThan(0.1);
		expect(share((e) => e.time.precision === 'year')).toBeGreaterThan(0.05);
		expect(share((e) => e.time.approximate)).toBeGreaterThan(0.01);
		expect(share((e) => e.time.uncertain)).toBeGreaterThan(0.01);
		expect(share((e) => e.time.kind === 'range')).toBeGreaterThan(0.1);
		expect(share((e) => e.time.openEnd)).toBeGreaterThan(0.002);
		// A loop, not Math.min(...years): no data-sized spread into a call, even in tests.
		let first = Infinity;
		let last = -Infinity;
		for (const e of ev) {
			const year = new Date(e.time.earliest).getUTCFullYear();
			first = Math.min(first, year);
			last = Math.max(last, year);
		}
		expect(first).toBeGreaterThanOrEqual(1979);
		expect(last).toBeLessThanOrEqual(2025);
	});

	it('has ~5% online events, some with linked places, and places around many cities', () => {
		const online = data.events.filter((e) => e.place.precision === 'online');
		expect(online.length / n).toBeGreaterThan(0.03);
		expect(online.length / n).toBeLessThan(0.07);
		expect(online.every((e) => e.place.lat === undefined)).toBe(true);
		expect(online.some((e) => (e.place.linked?.length ?? 0) > 0)).toBe(true);
		const countries = new Set(data.events.map((e) => e.place.country).filter(Boolean));
		expect(countries.size).toBeGreaterThanOrEqual(25);
		for (const p of ['site', 'city', 'country', 'region'] as const) {
			expect(data.events.some((e) => e.place.precision === p)).toBe(true);
		}
	});

	it('uses several categories, tags, actors and sources', () => {
		expect(new Set(data.events.map((e) => e.category)).size).toBe(data.meta.categories.length);
		expect(new Set(data.events.flatMap((e) => e.tags ?? [])).size).toBeGreaterThan(10);
		expect(new Set(data.events.flatMap((e) => e.actors ?? [])).size).toBeGreaterThan(10);
		expect(new Set(data.events.flatMap((e) => (e.sources ?? []).map((s) => s.source))).size).toBe(
			25
		);
		expect(data.events.some((e) => (e.disputes?.length ?? 0) > 0)).toBe(true);
		expect(data.events.some((e) => (e.related?.length ?? 0) > 0)).toBe(true);
	});

	it('makes 100,000 events in a few seconds', () => {
		const t = performance.now();
		const big = synthDataset(100_000, 1);
		expect(big.events).toHaveLength(100_000);
		expect(performance.now() - t).toBeLessThan(5000);
	});
});
