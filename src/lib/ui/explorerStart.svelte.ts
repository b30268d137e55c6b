/**
 * How an explorer root starts, shared by the full explorer and the embed: load the data the
 * page's URL asks for, and warm what the first gestures need once the views have drawn.
 */
import { base } from '$app/paths';
import { SLUG_PATTERN } from '$lib/model/slugPattern';
import type { Explorer } from '$lib/state/explorer.svelte';
import { dataSourceOf } from '$lib/state/dataSource';
import { openStory } from '$lib/state/openStory';
import { warmSearch } from '$lib/state/filters';
import { idleLoop } from '$lib/state/idle';
import { warmCalendars } from './Calendars';

/**
 * Start loading the data `page` (a URL) asks for instead of the bundled dataset `bundled`
 * (`?data=`, `?dataset=`): the load's promise, or null when there is nothing to load (or the
 * request is refused, in which case the explorer says why).
 */
export function loadAskedFor(
	explorer: Explorer,
	bundled: string,
	page: string
): Promise<void> | null {
	const source = dataSourceOf(page, bundled, base);
	if (!source) return null;
	if ('error' in source) {
		explorer.fail(source.error);
		return null;
	}
	return explorer.load(source);
}

/**
 * Open the story the page's URL names (`story`, `step`, as "Open in Chronoatlas" passes them from
 * an embed), once the data has loaded and the URL's state is applied. A link's `event` wins over
 * its `step`: it is where the reader went since. Returns what could not be honoured.
 */
export function openAskedStory(explorer: Explorer, search: string): string[] {
	const p = new URLSearchParams(search);
	const story = p.get('story');
	if (story === null || explorer.status !== 'ready') return [];
	if (!SLUG_PATTERN.test(story)) return ['story: not a story id; no story opened'];
	const step = p.get('step');
	const n = step !== null && /^[1-9]\d{0,5}$/.test(step) ? Number(step) : null;
	return openStory(explorer, story, p.has('event') ? null : n);
}

/**
 * Once drawn, while the browser is idle: set up the other calendars' formatters (the details of
 * the first selection need them), then fold the search text, so the first search is quick.
 * Call while a component initialises (it registers an effect).
 */
export function warmWhenIdle(explorer: Explorer): void {
	$effect(() => {
		if (!explorer.ready) return;
		const index = explorer.index;
		// A slice at a time: each calendar's formatter costs a few ms, all of them a long task.
		let stop = idleLoop((budget) => {
			if (!warmCalendars(budget)) return false;
			stop = idleLoop((b) => warmSearch(index, b));
			return true;
		});
		return () => stop();
	});
}
