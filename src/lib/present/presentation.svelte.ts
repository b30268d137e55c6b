/**
 * The state of one presentation: which story is presented and which step is shown, over an
 * `Explorer` whose map and timeline follow the step (the step's event is the explorer's
 * selection). Step 0 is the title slide; steps 1…n are the story's events.
 *
 * The stories to choose from are the dataset's (`meta.stories`, `meta.story` first), every sourced
 * event in time order ({@link TIME_STORY}), what the reader filtered in the explorer
 * ({@link FILTERED_STORY}) and a story made by the reader and carried in the URL (a tour).
 */
import { datasetStories } from '$lib/model/stories';
import type { AtlasEvent, Story } from '$lib/model/types';
import type { Explorer } from '$lib/state/explorer.svelte';
import { decodeState } from '$lib/state/urlState';
import { readPresentParams } from './presentUrl';
import { TOUR_ID } from '$lib/state/tour';

/** The story of every sourced event in time order. */
export const TIME_STORY = 'time';
/** The story of the events the explorer's filters leave, in time order. */
export const FILTERED_STORY = 'filtered';

/** A step of the presented story, resolved to its event. */
export interface DeckStep {
	event: AtlasEvent;
	/** The presenter's note ('' when none). */
	note: string;
}

/** The story being presented, resolved against the loaded events. */
export interface Deck {
	id: string;
	title: string;
	intro: string;
	steps: DeckStep[];
}

/** Sourced events of a list in time order (all of them when none is sourced). */
function sourcedFirst(list: readonly AtlasEvent[]): AtlasEvent[] {
	const sourced = list.filter((e) => !e.computed);
	return sourced.length ? sourced : list.slice();
}

/** One presentation over an explorer. */
export class Presentation {
	readonly explorer: Explorer;
	/** The story asked for ('' for the default one). */
	storyId = $state('');
	/** A story made by the reader (from the URL), presented when `storyId` is {@link TOUR_ID}. */
	tour = $state.raw<Story | null>(null);
	/** The step shown: 0 the title slide, 1…n the story's events. */
	step = $state(0);

	constructor(explorer: Explorer) {
		this.explorer = explorer;
	}

	/** The dataset's stories. */
	stories = $derived.by(() => {
		const d = this.explorer.dataset;
		return d ? datasetStories(d.meta) : [];
	});

	/** The stories a presenter can choose, with titles, in menu order. */
	choices = $derived.by((): { id: string; title: string }[] => {
		const out = this.stories.map((s) => ({ id: s.id, title: s.title }));
		if (this.tour) out.unshift({ id: TOUR_ID, title: this.tour.title });
		out.push({ id: TIME_STORY, title: 'Every event in time order' });
		if (this.explorer.filtering) out.push({ id: FILTERED_STORY, title: 'The filtered events' });
		return out;
	});

	/** The story asked for is not known (the default one is shown instead). */
	unknownStory = $derived.by(
		() =>
			this.storyId !== '' &&
			this.explorer.dataset !== null &&
			!this.choices.some((c) => c.id === this.storyId)
	);

	/** The presented story, resolved against the loaded events. */
	deck = $derived.by((): Deck => {
		const x = this.explorer;
		const meta = x.dataset?.meta;
		const id = this.unknownStory ? '' : this.storyId;
		const fromStory = (s: Story): Deck => {
			const steps: DeckStep[] = [];
			for (const step of s.steps) {
				const e = x.byId.get(step.event);
				if (e) steps.push({ event: e, note: step.note ?? '' });
			}
			return { id: s.id, title: s.title, intro: s.intro ?? '', steps };
		};
		const inTime = (sid: string, title: string, list: readonly AtlasEvent[]): Deck => ({
			id: sid,
			title,
			intro: meta?.description ?? '',
			steps: sourcedFirst(list).map((event) => ({ event, note: '' }))
		});
		if (id === TOUR_ID && this.tour) return fromStory(this.tour);
		if (id === FILTERED_STORY) return inTime(id, meta?.title ?? '', x.matching);
		if (id === TIME_STORY) return inTime(id, meta?.title ?? '', x.events);
		const story = id ? this.stories.find((s) => s.id === id) : this.stories[0];
		if (story) return fromStory(story);
		if (!id && this.tour) return fromStory(this.tour);
		return inTime(TIME_STORY, meta?.title ?? '', x.events);
	});

	/** How many event steps the story has (the title slide not counted). */
	total = $derived(this.deck.steps.length);
	/** The step shown, or null on the title slide. */
	current = $derived(this.step > 0 ? (this.deck.steps[this.step - 1] ?? null) : null);
	/** The step after the one shown, or null at the end. */
	upcoming = $derived(this.deck.steps[this.step] ?? null);

	/**
	 * Show step n (clamped to the story): the explorer selects its event, so the map and the
	 * timeline follow; the title slide clears the selection.
	 */
	go(n: number): void {
		const step = Math.max(0, Math.min(this.total, Math.trunc(Number.isFinite(n) ? n : 0)));
		this.step = step;
		const e = this.current?.event ?? null;
		if (this.explorer.selectedId !== (e?.id ?? null)) {
			this.explorer.select(e?.id ?? null, 'keyboard');
			this.explorer.stepped = true;
		}
	}

	next(): void {
		this.go(this.step + 1);
	}

	prev(): void {
		this.go(this.step - 1);
	}

	/** Present another story, from its title slide. */
	choose(id: string): void {
		this.storyId = id;
		this.go(0);
	}

	/** The story's located stops, numbered in story order (online events have no place). */
	stops = $derived(
		this.deck.steps.flatMap((s, i) =>
			s.event.place.lat !== undefined && s.event.place.lon !== undefined
				? [{ lat: s.event.place.lat, lon: s.event.place.lon, n: i + 1 }]
				: []
		)
	);

	/**
	 * Start from a page's URL parameters, once its data has loaded: the explorer's filters (computed
	 * dates, which are no part of a story, hidden unless the link asks for them), the story, and the
	 * step (or the step of `event`). Returns what could not be honoured, for the reader.
	 */
	start(params: URLSearchParams): string[] {
		const filters = decodeState(params).state.filters;
		this.explorer.setFilters(
			params.has('computed') ? filters : { ...filters, computed: false },
			'url'
		);
		const p = readPresentParams(params);
		this.storyId = p.story;
		this.tour = p.tour;
		let step = p.step;
		if (p.event && !params.has('step')) {
			const at = this.deck.steps.findIndex((s) => s.event.id === p.event);
			if (at >= 0) step = at + 1;
		}
		const issues = [...p.issues];
		if (this.unknownStory) issues.push(`There is no story "${p.story}"; showing another.`);
		if (step > this.total) issues.push(`This story has ${this.total} steps, not ${step}.`);
		this.go(step);
		return issues;
	}

	/** The events of the story, for marking them on the timeline. */
	eventIds = $derived(new Set(this.deck.steps.map((s) => s.event.id)));
}
