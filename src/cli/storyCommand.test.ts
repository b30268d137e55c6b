import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetToJson } from '../lib/model/formats/json';
import { synthDataset } from '../lib/model/synth';
import { testIo } from '../testing/testIo';
import { storyCommand } from './storyCommand';

function setUp(story: unknown) {
	const io = testIo();
	const dataset = synthDataset(5, 1);
	writeFileSync(join(io.cwd, 'd.json'), datasetToJson(dataset));
	writeFileSync(join(io.cwd, 's.json'), JSON.stringify(story));
	const ids = dataset.events.map((e) => e.id);
	const read = () => JSON.parse(readFileSync(join(io.cwd, 'd.json'), 'utf8'));
	return { io, ids, read };
}

describe('story', () => {
	it('adds a downloaded story to meta.stories under an id from its title', async () => {
		const { io, ids } = setUp({});
		const story = {
			id: 'tour',
			title: 'Two Events',
			steps: [{ event: ids[1] }, { event: ids[0], note: 'n' }]
		};
		writeFileSync(join(io.cwd, 's.json'), JSON.stringify(story));
		expect(await storyCommand(io, 'd.json', 's.json', {})).toBe(0);
		const d = JSON.parse(readFileSync(join(io.cwd, 'd.json'), 'utf8'));
		expect(d.meta.stories).toEqual([
			{
				id: 'two-events',
				title: 'Two Events',
				steps: [{ event: ids[1] }, { event: ids[0], note: 'n' }]
			}
		]);
		expect(d.events).toHaveLength(5);
	});

	it('leaves out and reports steps naming missing events', async () => {
		const { io, ids, read } = setUp({ title: 'T', steps: [{ event: 'nope' }] });
		writeFileSync(
			join(io.cwd, 's.json'),
			JSON.stringify({ title: 'T', steps: [{ event: 'nope' }, { event: ids[2] }] })
		);
		expect(await storyCommand(io, 'd.json', 's.json', { id: 'mine' })).toBe(1);
		expect(read().meta.stories[0].steps).toEqual([{ event: ids[2] }]);
		expect(io.errors.join('\n')).toContain('"nope"');
	});

	it('replaces a story of the same id only with --force', async () => {
		const { io, read } = setUp({ title: 'T', steps: [] });
		expect(await storyCommand(io, 'd.json', 's.json', { id: 'x' })).toBe(0);
		expect(await storyCommand(io, 'd.json', 's.json', { id: 'x' })).toBe(2);
		expect(await storyCommand(io, 'd.json', 's.json', { id: 'x', force: true })).toBe(0);
		expect(read().meta.stories).toHaveLength(1);
	});

	it.each([
		['not a story', { steps: 'x' }, undefined],
		['a bad id', { title: 'T', steps: [] }, 'Bad Id']
	])('refuses %s', async (_, story, id) => {
		const { io, read } = setUp(story);
		expect(await storyCommand(io, 'd.json', 's.json', { id })).toBe(2);
		expect(read().meta.stories).toBeUndefined();
	});
});
