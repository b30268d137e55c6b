import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
