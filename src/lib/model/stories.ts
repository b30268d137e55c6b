/**
 * Stories: ordered walks through some of a dataset's events, for presenting. A dataset carries
 * them in `meta.stories`; the older `meta.story` (a plain list of event ids) is read as the first
 * story. A step naming an event the dataset does not have is reported with its story and position
 * and skipped; nothing else is lost.
 */
import { describe } from './issue';
import { SLUG_PATTERN } from './slugPattern';
import type { Issue, Meta, Story, StoryStep } from './types';

/** The id `meta.story` is known by when read as a story. */
export const MAIN_STORY_ID = 'story';

/**
 * Every story of a dataset, `meta.story` first (titled after the dataset) when it has one and no
 * story in `meta.stories` already has its id.
 */
export function datasetStories(meta: Meta): Story[] {
	const out: Story[] = [];
	const stories = meta.stories ?? [];
	if (meta.story?.length && !stories.some((s) => s.id === MAIN_STORY_ID)) {
		out.push({
			id: MAIN_STORY_ID,
			title: meta.title,
			intro: meta.description || undefined,
			steps: meta.story.map((event) => ({ event }))
		});
	}
	for (const s of stories) out.push(s);
	return out;
}

/**
 * The meta with every story step that names a missing event (and every second story with the same
 * id) left out, and an issue for each. `has` says whether an event id exists.
 */
export function checkStories(
	meta: Meta,
	has: (id: string) => boolean,
	file: string
): { meta: Meta; issues: Issue[] } {
	const issues: Issue[] = [];
	const missing = (field: string, where: string, id: string): void => {
		issues.push({
			file,
			field,
			expected: `the id of an event in this dataset (${where}; the step is skipped)`,
			received: describe(id),
			severity: 'warning'
		});
	};
	let story = meta.story;
	if (story) {
		const kept: string[] = [];
		for (let k = 0; k < story.length; k++) {
			const id = story[k]!;
			if (has(id)) kept.push(id);
			else missing(`meta.story.${k}`, `meta.story, step ${k + 1}`, id);
		}
		if (kept.length !== story.length) story = kept;
	}
	let stories = meta.stories;
	if (stories) {
		const seen = new Set<string>();
		const kept: Story[] = [];
		for (let i = 0; i < stories.length; i++) {
			const s = stories[i]!;
			if (seen.has(s.id)) {
				issues.push({
					file,
					field: `meta.stories.${i}.id`,
					expected: 'a story id not used by an earlier story (the story is skipped)',
					received: describe(s.id),
					severity: 'warning'
				});
				continue;
			}
			seen.add(s.id);
			const steps = s.steps.filter((step, k) => {
				if (has(step.event)) return true;
				missing(`meta.stories.${i}.steps.${k}.event`, `story "${s.id}", step ${k + 1}`, step.event);
				return false;
			});
			kept.push(steps.length === s.steps.length ? s : { ...s, steps });
		}
		if (kept.length !== stories.length || kept.some((s, i) => s !== stories![i])) stories = kept;
	}
	if (story === meta.story && stories === meta.stories) return { meta, issues };
	return { meta: { ...meta, story, stories }, issues };
}

/**
 * A story read from plain JSON (one carried in a URL, or a downloaded file), given the id it is to
 * have, or null when it is not one: a title, and steps each naming an event by a slug.
 */
export function readStory(v: unknown, id: string): Story | null {
	if (v === null || typeof v !== 'object' || Array.isArray(v)) return null;
	const o = v as Record<string, unknown>;
	if (typeof o.title !== 'string' || o.title.trim() === '') return null;
	if (o.intro !== undefined && typeof o.intro !== 'string') return null;
	if (!Array.isArray(o.steps)) return null;
	const steps: StoryStep[] = [];
	for (const s of o.steps) {
		if (s === null || typeof s !== 'object') return null;
		const { event, note } = s as Record<string, unknown>;
		if (typeof event !== 'string' || !SLUG_PATTERN.test(event)) return null;
		if (note !== undefined && typeof note !== 'string') return null;
		steps.push(note ? { event, note } : { event });
	}
	const story: Story = { id, title: o.title, steps };
	if (o.intro) story.intro = o.intro as string;
	return story;
}
