import { describe, expect, it, vi } from 'vitest';
import { parseDataset } from './parseDataset';
import { formatIssue } from './issue';

describe('parseDataset and bad sources', () => {
	// Source issues carried the source's index as a row, which named an event row.
	it('reports a source by its field path, without a row', async () => {
		const r = await parseDataset(
			{
				meta: {
					title: 'T',
					licence: 'CC0-1.0',
					categories: [{ id: 'c', label: 'C', colour: '#336699' }]
				},
				sources: [
					{ id: 'ok', title: 'S', publisher: 'p', type: 'news', perspective: 'x' },
					{ id: 'bad', title: 'S', publisher: 'p', type: 'blog', perspective: 'x' }
				],
				events: []
			},
			'x.json'
		);
		const issue = r.issues.find((i) => i.field.startsWith('sources.'));
		expect(issue).toMatchObject({ field: 'sources.1.type', severity: 'error' });
		expect(issue?.row).toBeUndefined();
		expect(formatIssue(issue!)).toBe(
			'x.json::sources.1.type: expected one of "news", "report", "statement", "reference", "book", "dataset", "other", got "blog"'
		);
	});
});

describe('parseDataset with very many issues', () => {
	const meta = {
		title: 'T',
		licence: 'CC0-1.0',
		categories: [{ id: 'c', label: 'C', colour: '#336699' }]
	};
	const event = {
		id: 'a',
		title: 'A',
		summary: '',
		start: '2020',
		place: { name: 'X', precision: 'unknown' },
		category: 'c'
	};

	it('reports a million unresolved related ids', { timeout: 120_000 }, async () => {
		const related = new Array<string>(1_000_000).fill('nowhere');
		const r = await parseDataset({ meta, events: [{ ...event, related }] }, 'x.json');
		expect(r.events).toHaveLength(1);
		expect(r.issues.filter((i) => i.field.startsWith('related.'))).toHaveLength(1_000_000);
	});

	it(
		'reports 200,000 bad tags of one event, dropped, and keeps the events',
		{ timeout: 120_000 },
		async () => {
			const tags = new Array<number>(200_000).fill(1);
			const r = await parseDataset(
				{
					meta,
					events: [
						{ ...event, tags },
						{ ...event, id: 'b' }
					]
				},
				'x.json'
			);
			expect(r.events.map((e) => e.id).sort()).toEqual(['a', 'b']);
			expect(r.issues.filter((i) => i.field.startsWith('tags.'))).toHaveLength(200_000);
		}
	);
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

	// A fresh module graph, as in the browser: nothing has loaded edtfParser.ts yet.
	async function fresh() {
		vi.resetModules();
		return {
			dates: await import('./dates'),
			parse: await import('./parseDataset')
		};
	}

	it('are reported as needing the full parser, never guessed', async () => {
		const { dates } = await fresh();
		const r = dates.parseEdtfDate('2020-21');
		expect(r.ok === false && r.needsFullParser).toBe(true);
		expect(dates.parseEdtfDateIfLoaded('2020-21')).toBeNull();
		expect(dates.needsFullParser('2020-21')).toBe(true);
		expect(dates.needsFullParser('2020-05', '..')).toBe(false);
		expect(dates.needsFullParser('2020-05', '-0044')).toBe(true);
	});

	it.each([
		['2020-21', 'spring 2020'],
		['-0044-03-15', '15 March 45 BCE'],
		['yesterday', null]
	])('parseDataset loads the parser for %s and carries on', async (start, label) => {
		const { parse } = await fresh();
		const r = await parse.parseDataset(dataset(start), 'x.json');
		expect(r.events.map((e) => e.id)).toContain('a');
		const b = r.events.find((e) => e.id === 'b');
		expect(b?.time.label ?? null).toBe(label);
		if (label === null)
			expect(r.issues).toContainEqual(
				expect.objectContaining({ row: 2, field: 'start', severity: 'error' })
			);
	});
});
