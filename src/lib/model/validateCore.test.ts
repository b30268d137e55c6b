import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { arbitraryDataset } from './formats/arbitraryDataset';
import { plainMeta, plainSource } from './plainEvent';
import * as S from './schema';
import { loadUntrusted } from './untrusted';
import { validateDataset } from './validate';
import { DATASET_KEYS, validateWith } from './validateCore';

/** One field of a plain object replaced by anything, removed, or a key added. */
function mutate(base: fc.Arbitrary<Record<string, unknown>>) {
	return fc
		.tuple(base, fc.nat(), fc.anything(), fc.constantFrom('set', 'delete', 'add'))
		.map(([o, k, value, how]) => {
			const out: Record<string, unknown> = { ...o };
			const keys = Object.keys(out);
			const key = keys[k % keys.length]!;
			if (how === 'delete') delete out[key];
			else if (how === 'add') out[`extra${k % 3}`] = value;
			else out[key] = value;
			return out;
		});
}

const metas = arbitraryDataset().map((d) => d.meta as Record<string, unknown>);
const sources = arbitraryDataset().map((d) => d.sources![0] as Record<string, unknown>);

describe('plainMeta and plainSource accept only what the schema accepts, with the same result', () => {
	it('on valid meta (with and without the defaulted fields) and sources', () => {
		fc.assert(
			fc.property(metas, sources, fc.boolean(), (m, s, bare) => {
				const meta: Record<string, unknown> = bare
					? { title: m.title, licence: m.licence, categories: m.categories }
					: { ...m, id: 'my-set', story: ['a-1'], computedSeries: ['quds-day'] };
				expect(plainMeta(meta)).toEqual(S.Meta.parse(meta));
				const src = bare ? s : { ...s, url: 'https://example.org/a', written: '2020-05' };
				expect(plainSource(src)).toEqual(S.Source.parse(src));
			})
		);
	});

	it('on mutated meta and sources', () => {
		fc.assert(
			fc.property(mutate(metas), mutate(sources), (m, s) => {
				const pm = plainMeta(m);
				if (pm) expect(pm).toEqual(S.Meta.parse(m));
				const ps = plainSource(s);
				if (ps) expect(ps).toEqual(S.Source.parse(s));
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('validateWith without the schema', () => {
	it("knows the schema's top-level fields", () => {
		expect([...DATASET_KEYS].sort()).toEqual(Object.keys(S.Dataset.shape).sort());
	});

	/** Valid datasets, some with an event replaced by a broken one or a duplicate id. */
	const datasets = fc
		.tuple(arbitraryDataset(), fc.nat(), fc.constantFrom('as is', 'broken', 'duplicate'))
		.map(([d, k, how]) => {
			const events = [...d.events] as unknown[];
			if (events.length && how === 'broken') events[k % events.length] = { id: 'Not A Slug' };
			if (events.length && how === 'duplicate') events.push(events[k % events.length]);
			return { ...d, events };
		});

	it('gives the same result as the full validator, or asks for the schema', () => {
		let plain = 0;
		fc.assert(
			fc.property(datasets, (d) => {
				const full = validateDataset(d, 'x.json');
				const fast = validateWith(d, 'x.json', null);
				if ('needsSchema' in fast) return;
				plain++;
				expect(fast).toEqual(full);
			}),
			{ numRuns: 300 }
		);
		expect(plain).toBeGreaterThan(10);
	});

	it('loadUntrusted (fast pass, then the schema when needed) matches the full validator', async () => {
		await fc.assert(
			fc.asyncProperty(datasets, async (d) => {
				const full = validateDataset(d, 'x.json');
				const r = await loadUntrusted(d, 'x.json');
				// loadUntrusted also adds computed series: none of these datasets asks for one.
				expect(r).toEqual(full);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('dates the fast path does not take, before the edtf parser is loaded', () => {
	const place = { name: 'Somewhere', precision: 'unknown' };
	const dataset = (start: string) => ({
		meta: {
			title: 'T',
			licence: 'CC0-1.0',
			categories: [{ id: 'c', label: 'C', colour: '#336699' }]
		},
		sources: [],
		events: [
			{ id: 'a', title: 'A', summary: 'S', start: '2020-05-22', place, category: 'c' },
			{ id: 'b', title: 'B', summary: 'S', start, place, category: 'c' }
		]
	});

	// A fresh module graph, as in the browser: nothing has loaded edtfFull.ts yet.
	async function fresh() {
		vi.resetModules();
		return {
			dates: await import('./dates'),
			core: await import('./validateCore'),
			untrusted: await import('./untrusted')
		};
	}

	it('are not parsed, and validation asks for the schema path', async () => {
		const { dates, core } = await fresh();
		expect(() => dates.parseEdtfDate('2020-21')).toThrow(dates.FullParserNeeded);
		expect(dates.parseEdtfDateIfLoaded('2020-21')).toBeNull();
		expect(dates.needsFullParser('2020-21')).toBe(true);
		expect(dates.needsFullParser('2020-05', '..')).toBe(false);
		expect(dates.needsFullParser('2020-05', '-0044')).toBe(true);
		const r = core.validateWith(dataset('2020-21'), 'x.json', null);
		expect('needsSchema' in r && r.parsed.map((e) => e?.id)).toEqual(['a', 'b']);
	});

	it.each([
		['2020-21', 'spring 2020'],
		['-0044-03-15', '15 March 45 BCE'],
		['yesterday', null]
	])('loadUntrusted loads the parser for %s', async (start, label) => {
		const { untrusted } = await fresh();
		const r = await untrusted.loadUntrusted(dataset(start), 'x.json');
		expect(r).toEqual(validateDataset(dataset(start), 'x.json'));
		const b = r.events.find((e) => e.id === 'b');
		expect(b?.time.label ?? null).toBe(label);
	});
});
