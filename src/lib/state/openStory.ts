/**
 * Opening one of a dataset's stories in an explorer, as a link asks (`story`, `step`): stepping
 * then follows the story, and the step's event is selected. What cannot be honoured falls back to
 * the default (no story; the first step) with a note for the reader.
 */
import { datasetStories } from '$lib/model/stories';
import type { Explorer } from './explorer.svelte';

/**
 * Open story `id` at `step` (from 1). With `step` null the selection stays (the link's `event`),
 * or the first step is selected when nothing is. Returns what could not be honoured.
 */
export function openStory(ex: Explorer, id: string, step: number | null): string[] {
	const meta = ex.dataset?.meta;
	const stories = meta ? datasetStories(meta) : [];
	const story = stories.find((s) => s.id === id && s.steps.length > 0);
	if (!story) {
		ex.story = null;
		const known = stories.map((s) => s.id).join(', ');
		return [
			`story=${id} is not a story of this dataset${known ? ` (its stories: ${known})` : ''}; no story opened`
		];
	}
	ex.story = story;
	const notes: string[] = [];
	let n = step;
	if (n !== null && n > story.steps.length) {
		notes.push(
			`step=${n}: this story has ${story.steps.length} step${story.steps.length === 1 ? '' : 's'}; starting at the first`
		);
		n = 1;
	}
	if (n === null) {
		if (ex.selectedId !== null) return notes;
		n = 1;
	}
	const e = ex.byId.get(story.steps[n - 1]!.event);
	if (e && !ex.filtered.includes(e)) {
		notes.push(`step=${n}: “${e.title}” is hidden by the link's filters; not selected`);
	} else if (e && ex.selectedId !== e.id) {
		ex.select(e.id, 'url');
		ex.stepped = true;
	}
	return notes;
}

/** The open story's step (from 1) that is selected, or null (no story, or an event outside it). */
export function storyStepOf(ex: Explorer): number | null {
	const at = ex.story?.steps.findIndex((s) => s.event === ex.selectedId) ?? -1;
	return at >= 0 ? at + 1 : null;
}
