import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDataset } from '../../testing/arbitraryDataset';
import { readMetaFast, readSourceFast } from './fastRecords';
import * as S from './schema';
import { DATASET_KEYS, parseDataset } from './parseDataset';
import type { Issue } from './types';

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

describe('readMetaFast and readSourceFast accept only what the schema accepts, with the same result', () => {
	it('on valid meta (with and without the defaulted fields) and sources', () => {
		fc.assert(
			fc.property(metas, sources, fc.boolean(), (m, s, bare) => {
				const meta: Record<string, unknown> = bare
					? { title: m.title, licence: m.licence, categories: m.categories }
					: { ...m, id: 'my-set', story: ['a-1'], computedSeries: ['quds-day'] };
				expect(readMetaFast(meta)).toEqual(S.Meta.parse(meta));
				const src = bare ? s : { ...s, url: 'https://example.org/a', written: '2020-05' };
				expect(readSourceFast(src)).toEqual(S.Source.parse(src));
			}),
			{ seed: 1 }
		);
	});

	// 2,000 runs take a few seconds on a busy machine: more than Vitest's default 5 s limit.
	it('on mutated meta and sources', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(mutate(metas), mutate(sources), (m, s) => {
				const pm = readMetaFast(m);
				if (pm) expect(pm).toEqual(S.Meta.parse(m));
				const ps = readSourceFast(s);
				if (ps) expect(ps).toEqual(S.Source.parse(s));
			}),
			{ numRuns: 2000, seed: 2 }
		);
	});
});

/** A minimal valid meta, and a minimal event in its category. */
const META = {
	title: 'T',
	licence: 'CC0-1.0',
	categories: [{ id: 'c', label: 'C', colour: '#336699' }]
};
const bare = (id: string, start: string) => ({
	id,
	title: id.toUpperCase(),
	summary: '',
	start,
	place: { name: 'X', precision: 'unknown' },
	category: 'c'
});

describe('parseDataset', () => {
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

	it('ends every row as an event or an issue naming its row, in time order', async () => {
		await fc.assert(
			fc.asyncProperty(datasets, async (d) => {
				const r = await parseDataset(d, 'x.json');
				const kept = new Set(r.dataset!.events.map((e) => e.id));
				expect(r.events.length).toBe(kept.size);
				const reported = new Set(r.issues.filter((i) => i.severity === 'error').map((i) => i.row));
				d.events.forEach((_, i) => {
					const row = i + 1;
					const id = (d.events[i] as { id?: string }).id;
					const keptHere = id !== undefined && kept.has(id) && !reported.has(row);
					expect(keptHere || reported.has(row), `row ${row}`).toBe(true);
				});
				for (let i = 1; i < r.events.length; i++) {
					const a = r.events[i - 1]!.time;
					const b = r.events[i]!.time;
					expect(a.earliest <= b.earliest).toBe(true);
				}
				expect(r.events.map((e) => e.order)).toEqual(r.events.map((_, i) => i));
			}),
			{ numRuns: 300, seed: 3 }
		);
	});

	it('reads a record the fast path refuses with the schema, with the same result', async () => {
		// An unknown field: the fast path leaves the event to the schema, which reports it.
		const d = { meta: META, events: [bare('a', '2020'), { ...bare('b', '2021'), colour: 'red' }] };
		const r = await parseDataset(d, 'x.json');
		expect(r.events.map((e) => e.id)).toEqual(['a']);
		expect(r.issues).toContainEqual(
			expect.objectContaining({
				row: 2,
				id: 'b',
				expected: expect.stringContaining('no unknown field')
			})
		);
	});

	it('adds the computed series given, never over a sourced event', async () => {
		const d = { meta: META, events: [bare('a', '2020')] };
		const lists = { tags: [], actors: [], sources: [], disputes: [], related: [], links: [] };
		const series = [
			{ ...d.events[0]!, ...lists, title: 'Computed A', computed: true },
			{ ...d.events[0]!, ...lists, id: 'z', start: '1999-05-01', computed: true }
		] as never[];
		const r = await parseDataset(d, 'x.json', { series });
		expect(r.events.map((e) => [e.id, e.title])).toEqual([
			['z', 'A'],
			['a', 'A']
		]);
	});
});

describe('parseDataset and ids every JavaScript object has', () => {
	// vis-timeline keeps items in a plain object: an event "constructor" blanked the timeline,
	// and check called such a dataset clean.
	it('reports an event id "constructor" at its row; the others load', async () => {
		const base = {
			title: 'A',
			summary: '',
			start: '2020',
			place: { name: 'X', precision: 'unknown' },
			category: 'c'
		};
		const r = await parseDataset(
			{
				meta: {
					title: 'T',
					licence: 'CC0-1.0',
					categories: [{ id: 'c', label: 'C', colour: '#336699' }]
				},
				events: [
					{ ...base, id: 'a' },
					{ ...base, id: 'constructor' },
					{ ...base, id: 'b' }
				]
			},
			'x.json'
		);
		expect(r.events.map((e) => e.id).sort()).toEqual(['a', 'b']);
		expect(r.issues).toContainEqual(
			expect.objectContaining({
				row: 2,
				field: 'id',
				severity: 'error',
				expected: expect.stringContaining('constructor')
			})
		);
	});
});

// A source URL with a space rejected the source and every event citing it ("0 of 0 events"), and
// one unused category colour #fff the whole dataset.
describe('parseDataset drops a bad optional field with a warning and keeps the record', () => {
	const category = { id: 'c', label: 'C', colour: '#336699' };
	const meta = { title: 'T', licence: 'CC0-1.0', categories: [category] };
	const source = { id: 's', title: 'S', publisher: 'p', type: 'news', perspective: 'x' };
	const event = {
		id: 'a',
		title: 'A',
		summary: '',
		start: '2020',
		place: { name: 'X', precision: 'unknown' },
		category: 'c',
		sources: [{ source: 's', locator: 'p. 1' }]
	};
	const warningsOf = (issues: Issue[]) => issues.filter((i) => i.severity === 'warning');
	const recordNote = { about: 'start', text: 'T', reference: 'R, 1990' };

	it('a source URL with a space: the source and the events citing it stay', async () => {
		const r = await parseDataset(
			{ meta, sources: [{ ...source, url: 'https://example.org/a b' }], events: [event] },
			'x.json'
		);
		expect(r.dataset?.sources).toEqual([source]);
		expect(r.events.map((e) => e.id)).toEqual(['a']);
		expect(r.issues).toEqual([
			expect.objectContaining({
				field: 'sources.0.url',
				row: undefined,
				severity: 'warning',
				received: '"https://example.org/a b" (dropped)'
			})
		]);
	});

	it('an unused category colour #fff: a palette colour replaces it', async () => {
		const r = await parseDataset(
			{
				meta: { ...meta, categories: [category, { id: 'd', label: 'D', colour: '#fff' }] },
				sources: [source],
				events: [event]
			},
			'x.json'
		);
		expect(r.events).toHaveLength(1);
		expect(r.dataset?.meta.categories[1]).toEqual({ id: 'd', label: 'D', colour: '#56B4E9' });
		expect(r.issues).toEqual([
			expect.objectContaining({
				field: 'meta.categories.1.colour',
				severity: 'warning',
				received: '"#fff" (used #56B4E9)'
			})
		]);
	});

	it.each([
		[
			'a javascript: link',
			{ links: ['javascript:alert(1)', 'https://example.org/'] },
			{ links: ['https://example.org/'] },
			['links.0']
		],
		[
			'a lower-case country',
			{ place: { ...event.place, country: 'ca' } },
			{ place: event.place },
			['place.country']
		],
		['a tag that is a number', { tags: [1, 'a'] }, { tags: ['a'] }, ['tags.0']],
		['tags that are not a list', { tags: 'a; b' }, { tags: [] }, ['tags']],
		[
			'a related id that is not a slug',
			{ related: ['Not A Slug'] },
			{ related: [] },
			['related.0']
		],
		[
			'a citation without locator',
			{ sources: [{ source: 's', locator: '' }, ...event.sources] },
			{ sources: event.sources },
			['sources.0.locator']
		],
		[
			'a dispute with one value',
			{ disputes: [{ field: 'f', values: [{ value: 'v', sources: ['s'] }], note: 'n' }] },
			{ disputes: [] },
			['disputes.0.values']
		],
		['a date note that is a number', { dateNote: 5 }, {}, ['dateNote']],
		[
			'a javascript: link on a note from the record',
			{ record: [{ ...recordNote, url: 'javascript:alert(1)' }] },
			{ record: [recordNote] },
			['record.0.url']
		],
		[
			'a note from the record without its reference',
			{ record: [{ ...recordNote, reference: '' }, recordNote] },
			{ record: [recordNote] },
			['record.0.reference']
		],
		[
			'a javascript: media URL',
			{ media: { url: 'javascript:alert(1)', kind: 'image' } },
			{},
			['media.url']
		],
		[
			'a media alt that is a number',
			{ media: { url: 'https://example.org/a.jpg', kind: 'image', alt: 5 } },
			{ media: { url: 'https://example.org/a.jpg', kind: 'image' } },
			['media.alt']
		]
	])('%s', async (_name, patch, kept, fields) => {
		const r = await parseDataset(
			{ meta, sources: [source], events: [{ ...event, ...patch }] },
			'x.json'
		);
		expect(r.events).toHaveLength(1);
		expect(r.dataset?.events[0]).toMatchObject({ ...event, ...kept });
		expect(r.dataset?.events[0]).not.toHaveProperty('dateNote');
		expect(warningsOf(r.issues).map((i) => i.field)).toEqual(fields);
		expect(r.issues.every((i) => i.severity === 'warning' && i.row === 1 && i.id === 'a')).toBe(
			true
		);
	});

	it('keeps rejecting a record with a bad required field, reporting every problem as an error', async () => {
		const r = await parseDataset(
			{
				meta,
				sources: [source],
				events: [{ ...event, title: '', links: ['javascript:alert(1)'] }]
			},
			'x.json'
		);
		expect(r.events).toEqual([]);
		expect(r.issues.map((i) => [i.field, i.severity])).toEqual([
			['title', 'error'],
			['links.0', 'error']
		]);
	});

	it('keeps rejecting a record with an unknown field', async () => {
		const r = await parseDataset(
			{ meta, sources: [source], events: [{ ...event, colour: 'red', links: [5] }] },
			'x.json'
		);
		expect(r.events).toEqual([]);
		expect(r.issues.every((i) => i.severity === 'error')).toBe(true);
	});

	it('drops bad story ids of meta', async () => {
		const r = await parseDataset(
			{ meta: { ...meta, story: ['a', 'Bad'] }, sources: [source], events: [event] },
			'x.json'
		);
		expect(r.dataset?.meta.story).toEqual(['a']);
		expect(r.issues.map((i) => [i.field, i.severity])).toEqual([['meta.story.1', 'warning']]);
	});

	it('never changes its input', async () => {
		const input = { meta, sources: [source], events: [{ ...event, tags: [1, 'a'] }] };
		const copy = structuredClone(input);
		await parseDataset(input, 'x.json');
		expect(input).toEqual(copy);
	});
});
