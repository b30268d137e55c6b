import { describe, expect, it } from 'vitest';
import { StoryDraft } from './storyDraft.svelte';

describe('StoryDraft', () => {
	it('adds each event once, moves, notes and removes steps', () => {
		const d = new StoryDraft();
		expect(d.empty).toBe(true);
		for (const id of ['a', 'b', 'c', 'a']) d.add(id);
		expect(d.steps.map((s) => s.event)).toEqual(['a', 'b', 'c']);
		d.move(2, 0);
		expect(d.steps.map((s) => s.event)).toEqual(['c', 'a', 'b']);
		d.move(0, 99);
		expect(d.steps.map((s) => s.event)).toEqual(['a', 'b', 'c']);
		d.setNote(1, 'ask why');
		d.remove(0);
		expect(d.steps).toEqual([{ event: 'b', note: 'ask why' }, { event: 'c' }]);
	});

	it('gives a story with a default title and no empty notes', () => {
		const d = new StoryDraft();
		d.add('a');
		d.setNote(0, '  ');
		expect(d.story).toEqual({ id: 'tour', title: 'My story', steps: [{ event: 'a' }] });
	});

	it.each([
		['not JSON', '{', 'not JSON'],
		['not a story', '{"steps": 3}', 'not a story'],
		['a story', '{"title":"T","steps":[{"event":"x","note":"n"}]}', null]
	])('imports %s', (_, text, error) => {
		const d = new StoryDraft();
		const r = d.importJson(text);
		if (error) expect(r).toContain(error);
		else {
			expect(r).toBeNull();
			expect(d.story).toEqual({ id: 'tour', title: 'T', steps: [{ event: 'x', note: 'n' }] });
		}
	});

	it('round-trips a downloaded story', () => {
		const d = new StoryDraft();
		d.title = 'Mine';
		d.intro = 'Why';
		d.add('a');
		d.add('b');
		const again = new StoryDraft();
		expect(again.importJson(JSON.stringify(d.story))).toBeNull();
		expect(again.story).toEqual(d.story);
	});
});
