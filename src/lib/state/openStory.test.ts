import { describe, expect, it } from 'vitest';
import { parseDataset } from '$lib/model/parseDataset';
import { Explorer } from './explorer.svelte';
import { openStory, storyStepOf } from './openStory';

const ev = (id: string, start: string, category = 'rally') => ({
	id,
	title: id.toUpperCase(),
	summary: '',
	start,
	place: { name: 'Somewhere', precision: 'city', lat: 10, lon: 10 },
	category,
	sources: [{ source: 's', locator: 'p. 1' }]
});
const raw = {
	meta: {
		title: 'Test',
		licence: 'CC0-1.0',
		categories: [
			{ id: 'rally', label: 'Rally', colour: '#336699' },
			{ id: 'speech', label: 'Speech', colour: '#993366' }
		],
		story: ['c', 'a'],
		stories: [{ id: 'talks', title: 'Talks', steps: [{ event: 'd' }, { event: 'b' }] }]
	},
	sources: [{ id: 's', title: 'S', publisher: 'P', type: 'other', perspective: 'other' }],
	events: [ev('a', '2001'), ev('b', '2002', 'speech'), ev('c', '2003'), ev('d', '2004')]
};

async function loaded(): Promise<Explorer> {
	const x = new Explorer();
	const result = await parseDataset(raw, 't.json');
	await x.load({ kind: 'parsed', label: 't', result });
	return x;
}

describe('openStory', () => {
	it.each([
		// id, step, selected before, selected after, story opened, notes
		['talks', 2, null, 'b', 'talks', 0],
		['talks', null, null, 'd', 'talks', 0],
		['talks', null, 'a', 'a', 'talks', 0],
		['talks', 1, 'a', 'd', 'talks', 0],
		['talks', 9, null, 'd', 'talks', 1],
		['story', 2, null, 'a', 'story', 0],
		['nope', 2, null, null, null, 1],
		['nope', null, 'a', 'a', null, 1]
	] as const)(
		'%s at step %s (selected %s) selects %s',
		async (id, step, before, after, opened, n) => {
			const x = await loaded();
			if (before) x.select(before, 'url');
			const notes = openStory(x, id, step);
			expect(x.selectedId).toBe(after);
			expect(x.story?.id ?? null).toBe(opened);
			expect(notes).toHaveLength(n);
		}
	);

	it('says what the dataset has when the story is unknown, and what a step is out of', async () => {
		const x = await loaded();
		expect(openStory(x, 'nope', 1)).toEqual([
			'story=nope is not a story of this dataset (its stories: story, talks); no story opened'
		]);
		expect(openStory(x, 'talks', 3)).toEqual([
			'step=3: this story has 2 steps; starting at the first'
		]);
	});

	it('makes stepping follow the story, and storyStepOf follow the selection', async () => {
		const x = await loaded();
		openStory(x, 'talks', 1);
		expect(storyStepOf(x)).toBe(1);
		expect(x.step(1)?.id).toBe('b');
		expect(storyStepOf(x)).toBe(2);
		expect(x.neighbours.next).toBeNull();
		x.select('a', 'map');
		expect(storyStepOf(x)).toBeNull();
		x.story = null;
		expect(x.stepOrder.list.map((e) => e.id)).toEqual(['c', 'a']);
	});

	it('does not select a step the filters hide', async () => {
		const x = await loaded();
		x.setFilters({ categories: ['rally'] });
		const notes = openStory(x, 'talks', 2);
		expect(x.selectedId).toBeNull();
		expect(notes[0]).toMatch(/hidden by the link's filters/);
	});

	it('closes the story when other data is loaded', async () => {
		const x = await loaded();
		openStory(x, 'talks', 1);
		const result = await parseDataset(raw, 'u.json');
		await x.load({ kind: 'parsed', label: 'u', result });
		expect(x.story).toBeNull();
	});
});
