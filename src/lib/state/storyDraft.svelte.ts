/**
 * A story the reader makes in the explorer (a "tour"): a title, an introduction and ordered steps,
 * each an event and a note for the presenter. It lives in the URL (`tour`), so it is shared with
 * a link and survives a reload; it can also be downloaded as JSON and imported again.
 */
import type { Story, StoryStep } from '$lib/model/types';
import { readStory } from '$lib/model/stories';
import { TOUR_ID } from './tour';

/** A story being made. */
export class StoryDraft {
	title = $state('');
	intro = $state('');
	steps = $state<StoryStep[]>([]);

	/** Nothing has been made yet. */
	empty = $derived(this.steps.length === 0 && this.title.trim() === '' && this.intro.trim() === '');

	/** The draft as a story (titled "My story" until the reader names it). */
	story = $derived.by((): Story => ({
		id: TOUR_ID,
		title: this.title.trim() || 'My story',
		...(this.intro.trim() ? { intro: this.intro.trim() } : {}),
		steps: this.steps.map((s) =>
			s.note?.trim() ? { event: s.event, note: s.note } : { event: s.event }
		)
	}));

	/** True when the event is a step already. */
	has(id: string): boolean {
		return this.steps.some((s) => s.event === id);
	}

	/** Add an event as the last step (once). */
	add(id: string): void {
		if (!this.has(id)) this.steps = [...this.steps, { event: id }];
	}

	/** Remove step i. */
	remove(i: number): void {
		this.steps = this.steps.filter((_, k) => k !== i);
	}

	/** Move step `from` to position `to` (clamped). */
	move(from: number, to: number): void {
		const n = this.steps.length;
		if (from < 0 || from >= n) return;
		const t = Math.max(0, Math.min(n - 1, to));
		if (t === from) return;
		const next = this.steps.slice();
		const [s] = next.splice(from, 1);
		next.splice(t, 0, s!);
		this.steps = next;
	}

	/** Set the note of step i. */
	setNote(i: number, note: string): void {
		this.steps = this.steps.map((s, k) => (k === i ? { ...s, note } : s));
	}

	/** Replace the draft with a story (from the URL or an imported file). */
	load(story: Story | null): void {
		this.title = story?.title ?? '';
		this.intro = story?.intro ?? '';
		this.steps = story ? story.steps.map((s) => ({ ...s })) : [];
	}

	/**
	 * Read an imported file's text: a story as downloaded (or any object with a title and steps).
	 * Returns an error for the reader, or null when it was loaded.
	 */
	importJson(text: string): string | null {
		let v: unknown;
		try {
			v = JSON.parse(text);
		} catch {
			return 'This file is not JSON.';
		}
		const story = readStory(v, TOUR_ID);
		if (!story)
			return 'This file is not a story: it needs a "title" and a list of "steps", each with an "event" id.';
		this.load(story);
		return null;
	}
}
