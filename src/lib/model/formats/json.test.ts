import { describe, expect, it } from 'vitest';
import { parseDatasetImport } from './json';

const meta = { title: 'T', licence: 'x', categories: [{ id: 'c', label: 'C', colour: '#000000' }] };
const event = {
	id: 'a',
	title: 'A',
	summary: '',
	start: '2020',
	place: { name: 'X', precision: 'unknown' },
	category: 'c'
};
const dataset = (...events: object[]) => JSON.stringify({ meta, events });

// Spreading a list of issues into push() overflowed the stack at about 130,000 of them.
describe('parseDatasetImport with very many issues', () => {
	it('reports a million unresolved related ids, one warning each', { timeout: 120_000 }, () => {
		const related = new Array<string>(1_000_000).fill('nowhere');
		const r = parseDatasetImport(dataset({ ...event, related }, { ...event, id: 'b' }), {
			file: 'x.json'
		});
		expect(r.dataset?.events.map((e) => e.id)).toEqual(['a', 'b']);
		expect(r.issues.filter((i) => i.field.startsWith('related.'))).toHaveLength(1_000_000);
	});

	it(
		'reports 200,000 bad tags of one event, dropped, and keeps the events',
		{ timeout: 120_000 },
		() => {
			const tags = new Array<number>(200_000).fill(1);
			const r = parseDatasetImport(dataset({ ...event, tags }, { ...event, id: 'b' }), {
				file: 'x.json'
			});
			expect(r.dataset?.events.map((e) => e.id)).toEqual(['a', 'b']);
			expect(r.issues.filter((i) => i.row === 1 && i.field.startsWith('tags.'))).toHaveLength(
				200_000
			);
		}
	);
});

describe('parseDatasetImport with a malformed dispute', () => {
	// Collecting the cited source ids threw on a dispute whose values were not a list.
	it('reports it at its row and drops it; every event loads', () => {
		const dispute = { field: 'x', values: 5, note: 'n' };
		const r = parseDatasetImport(
			dataset(event, { ...event, id: 'b', disputes: [dispute] }, { ...event, id: 'c' }),
			{ file: 'x.json' }
		);
		expect(r.dataset?.events.map((e) => [e.id, e.disputes])).toEqual([
			['a', []],
			['b', []],
			['c', []]
		]);
		expect(r.issues).toContainEqual(
			expect.objectContaining({
				row: 2,
				field: 'disputes.0.values',
				severity: 'warning',
				received: '5 (disputes.0 dropped)'
			})
		);
	});
});
