/**
 * The embed's URL parameters: what the explorer's URL carries (read by the explorer's own codec,
 * `decodeState`, so an embed and a link mean the same thing), plus what only an embed has.
 *
 * | param    | meaning                                            | default          |
 * | -------- | -------------------------------------------------- | ---------------- |
 * | `view`   | `both`, `map`, `timeline` or `list`                | `both`           |
 * | `format` | the format of `data`: `json`, `csv`, `geojson`, `timelinejs` | detected |
 * | `story`  | a story's id (a slug)                              | none             |
 * | `step`   | a step of that story, from 1                       | none             |
 * | `theme`  | `light`, `dark` or `auto` (the reader's system)    | `auto`           |
 *
 * and `dataset`, `data`, `event`, `t`, the filters (`q`, `cat`, `country`, …), `mode`, `onmap`,
 * `tiles`, `map` as in `urlState.ts`. Parsing never throws: a bad value falls back to its default
 * with a short note for the reader.
 */
import { SLUG_PATTERN } from '$lib/model/slugPattern';
import type { Layout } from '$lib/state/explorer.svelte';
import { allowedDataUrl } from '$lib/state/dataSource';
import { decodeState, defaultUrlState, encodeState, type UrlState } from '$lib/state/urlState';

/** Which views an embed shows. */
export type EmbedView = 'both' | 'map' | 'timeline' | 'list';
/** The embed's colours: fixed, or the reader's system setting. */
export type EmbedTheme = 'light' | 'dark' | 'auto';
/** Formats `data` may be forced to. */
export type DataFormat = 'json' | 'csv' | 'geojson' | 'timelinejs';

/** The views, in the order a chooser lists them. */
export const EMBED_VIEWS: readonly EmbedView[] = ['both', 'map', 'timeline', 'list'];
export const EMBED_THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];
export const DATA_FORMATS: readonly DataFormat[] = ['json', 'csv', 'geojson', 'timelinejs'];

/** Everything an embed is configured with. */
export interface EmbedParams {
	/** What the explorer's own URL carries; `layout` follows `view`. */
	state: UrlState;
	view: EmbedView;
	format: DataFormat | null;
	story: string | null;
	/** 1 for the story's first step. */
	step: number | null;
	theme: EmbedTheme;
}

/** The result of parsing: valid parameters, and a note for each one that was not. */
export interface ParsedEmbed {
	params: EmbedParams;
	notes: string[];
}

const VIEW_LAYOUT: Record<EmbedView, Layout> = {
	both: 'split',
	map: 'map',
	timeline: 'timeline',
	list: 'list'
};

/** The explorer layout that shows an embed's view. */
export function layoutOf(view: EmbedView): Layout {
	return VIEW_LAYOUT[view];
}

/** The embed view that shows an explorer layout. */
export function viewOf(layout: Layout): EmbedView {
	return layout === 'split' ? 'both' : layout;
}

/** The parameters of a bare `/embed`. */
export function defaultEmbedParams(): EmbedParams {
	return {
		state: defaultUrlState(),
		view: 'both',
		format: null,
		story: null,
		step: null,
		theme: 'auto'
	};
}

/** Text on one line, at most `n` characters. */
function oneLine(v: string, n: number): string {
	const one = v.replace(/\s+/g, ' ');
	return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** A value as a note can quote it: short, one line. */
function quote(v: string): string {
	return oneLine(v, 60);
}

/** One of `choices`, else null. */
function oneOf<T extends string>(choices: readonly T[], v: string): T | null {
	return (choices as readonly string[]).includes(v) ? (v as T) : null;
}

/**
 * Read an embed's parameters. Unknown parameters (a host's own, pym.js's `childId`) are left
 * alone; every known one that is malformed falls back to its default with a note saying so.
 */
export function parseEmbedParams(search: string | URLSearchParams): ParsedEmbed {
	const p = typeof search === 'string' ? new URLSearchParams(search) : search;
	const { state, issues } = decodeState(p);
	// The codec quotes what it received: kept to one short line for a small note.
	const notes = issues.map((i) => oneLine(i, 160));
	const params = defaultEmbedParams();
	params.state = state;

	if (state.dataset !== null && !SLUG_PATTERN.test(state.dataset)) {
		notes.push(`dataset=${quote(state.dataset)} is not a dataset name; showing the default one`);
		state.dataset = null;
	}
	if (state.data !== null && !allowedDataUrl(state.data, 'https://example.invalid/')) {
		notes.push(`data=${quote(state.data)} is not an http or https address; ignored`);
		state.data = null;
	}

	const view = p.get('view');
	if (view !== null) {
		const v = oneOf(EMBED_VIEWS, view);
		if (v) params.view = v;
		else notes.push(`view=${quote(view)} is not a view; showing both`);
	} else if (state.layout !== 'split') {
		// A link's `layout` means the same as `view`.
		params.view = viewOf(state.layout);
	}
	state.layout = layoutOf(params.view);

	const format = p.get('format');
	if (format !== null) {
		const f = oneOf(DATA_FORMATS, format);
		if (f) params.format = f;
		else
			notes.push(
				`format=${quote(format)} is not a format (${DATA_FORMATS.join(', ')}); detecting it`
			);
	}

	const story = p.get('story');
	if (story !== null) {
		if (SLUG_PATTERN.test(story)) params.story = story;
		else notes.push(`story=${quote(story)} is not a story id; no story opened`);
	}
	const step = p.get('step');
	if (step !== null) {
		if (!/^[1-9]\d{0,5}$/.test(step)) {
			notes.push(`step=${quote(step)} is not a step number (1, 2, …); starting at the first`);
		} else if (params.story === null) {
			notes.push(`step=${step} needs a story; ignored`);
		} else params.step = Number(step);
	}

	const theme = p.get('theme');
	if (theme !== null) {
		const t = oneOf(EMBED_THEMES, theme);
		if (t) params.theme = t;
		else
			notes.push(`theme=${quote(theme)} is not a theme (light, dark, auto); following the system`);
	}
	return { params, notes };
}

/** The parameters only an embed has, defaults omitted. */
function appendOwn(q: URLSearchParams, p: EmbedParams, withView: boolean): void {
	if (p.format) q.set('format', p.format);
	if (p.story) q.set('story', p.story);
	if (p.story && p.step) q.set('step', String(p.step));
	if (withView && p.view !== 'both') q.set('view', p.view);
	if (withView && p.theme !== 'auto') q.set('theme', p.theme);
}

/**
 * The query of an embed showing `p`, defaults omitted: what the Embed dialog puts in its snippet.
 * `parseEmbedParams(embedQuery(p))` gives back `p` (for a `p` that parsing could give).
 */
export function embedQuery(p: EmbedParams): URLSearchParams {
	const q = encodeState({ ...p.state, layout: 'split' });
	appendOwn(q, p, true);
	return q;
}

/** The query of the full explorer showing what an embed shows ("Open in Chronoatlas"). */
export function explorerQuery(p: EmbedParams): URLSearchParams {
	const q = encodeState({ ...p.state, layout: layoutOf(p.view) });
	appendOwn(q, p, false);
	return q;
}
