import { describe, expect, it } from 'vitest';
import { checkStories, datasetStories, MAIN_STORY_ID } from './stories';
import { parseDataset } from './parseDataset';
import type { Meta } from './types';

const META: Meta = {
	title: 'T',
	description: 'About T',
	licence: 'CC0',
	language: 'en',
	categories: [{ id: 'c', label: 'C', colour: '#123456' }]
};

const event = (id: string, start: string) => ({
	id,
	title: id,
	start,
	category: 'c',
	summary: 'S',
	place: { name: 'Toronto', precision: 'city', lat: 43.7, lon: -79.4 }
});

describe('datasetStories', () => {
	it.each([
		['no story at all', {}, []],
		['meta.story only', { story: ['a', 'b'] }, [MAIN_STORY_ID]],
		[
			'meta.story first, then meta.stories',
			{ story: ['a'], stories: [{ id: 'x', title: 'X', steps: [] }] },
			[MAIN_STORY_ID, 'x']
		],
		[
			'a story already called "story" wins over meta.story',
			{ story: ['a'], stories: [{ id: MAIN_STORY_ID, title: 'X', steps: [] }] },
			[MAIN_STORY_ID]
		]
	])('%s', (_, extra, ids) => {
		const stories = datasetStories({ ...META, ...extra });
		expect(stories.map((s) => s.id)).toEqual(ids);
	});

	it('titles meta.story after the dataset and keeps its order', () => {
		const [s] = datasetStories({ ...META, story: ['b', 'a'] });
		expect(s).toEqual({
			id: MAIN_STORY_ID,
			title: 'T',
			intro: 'About T',
			steps: [{ event: 'b' }, { event: 'a' }]
		});
	});
});

describe('checkStories', () => {
	const has = (id: string) => id === 'a' || id === 'b';

	it('returns the same meta when every step exists', () => {
		const meta = {
			...META,
			story: ['a'],
			stories: [{ id: 'x', title: 'X', steps: [{ event: 'b' }] }]
		};
		const r = checkStories(meta, has, 'f.json');
		expect(r.meta).toBe(meta);
		expect(r.issues).toEqual([]);
	});

	it('skips a missing step and names its story and position', () => {
		const meta = {
			...META,
			story: ['a', 'gone', 'b'],
			stories: [{ id: 'x', title: 'X', steps: [{ event: 'b', note: 'n' }, { event: 'nope' }] }]
		};
		const r = checkStories(meta, has, 'f.json');
		expect(r.meta.story).toEqual(['a', 'b']);
		expect(r.meta.stories).toEqual([{ id: 'x', title: 'X', steps: [{ event: 'b', note: 'n' }] }]);
		expect(r.issues.map((i) => [i.field, i.received, i.severity])).toEqual([
			['meta.story.1', '"gone"', 'warning'],
			['meta.stories.0.steps.1.event', '"nope"', 'warning']
		]);
		expect(r.issues[1]!.expected).toContain('story "x", step 2');
	});

	it('skips a second story with the same id', () => {
		const meta = {
			...META,
			stories: [
				{ id: 'x', title: 'X', steps: [] },
				{ id: 'x', title: 'Y', steps: [] }
			]
		};
		const r = checkStories(meta, has, 'f.json');
		expect(r.meta.stories?.map((s) => s.title)).toEqual(['X']);
		expect(r.issues[0]!.field).toBe('meta.stories.1.id');
	});
});

describe('stories through parseDataset', () => {
	it('keeps good stories, drops bad parts and loses no event', async () => {
		const raw = {
			meta: {
				...META,
				stories: [
					{ id: 'good', title: 'Good', intro: 'Hi', steps: [{ event: 'a', note: 'say hi' }] },
					{ id: 'half', title: 'Half', steps: [{ event: 'a' }, { event: 'missing' }] },
					{ id: 'Bad Id', title: 'Bad', steps: [] },
					{ id: 'bad-step', title: 'Bad step', steps: [{ event: 'a', colour: 1 }, { event: 'b' }] }
				]
			},
			events: [event('a', '2001'), event('b', '2002')]
		};
		const r = await parseDataset(raw, 'd.json');
		expect(r.events.map((e) => e.id)).toEqual(['a', 'b']);
		const stories = r.dataset?.meta.stories ?? [];
		expect(stories.map((s) => [s.id, s.steps.map((x) => x.event)])).toEqual([
			['good', ['a']],
			['half', ['a']],
			['bad-step', ['b']]
		]);
		const fields = r.issues.map((i) => i.field);
		expect(fields).toContain('meta.stories.1.steps.1.event');
		expect(fields.some((f) => f.startsWith('meta.stories.2'))).toBe(true);
		expect(fields.some((f) => f.startsWith('meta.stories.3.steps.0'))).toBe(true);
	});

	it('takes the fast path for plain stories', async () => {
		const raw = {
			meta: { ...META, stories: [{ id: 's', title: 'S', steps: [{ event: 'a' }] }] },
			events: [event('a', '2001')]
		};
		const r = await parseDataset(raw, 'd.json');
		expect(r.issues.filter((i) => i.field.startsWith('meta'))).toEqual([]);
		expect(r.dataset?.meta.stories?.[0]?.steps).toEqual([{ event: 'a' }]);
	});
});
