/**
 * The presentation's URL parameters, pure: which story (`story`), which step (`step`, 0 the
 * title slide), a story made by the reader (`tour`) and, on arrival only, an event to start from
 * (`event`). The explorer's own parameters (dataset, data, filters) stay as they are. Decoding
 * never throws: a bad value falls back to its default and says so.
 */
import type { Story } from '$lib/model/types';
import { decodeTour, encodeTour } from '$lib/state/tour';

/** What the presentation reads from its URL. */
export interface PresentParams {
	story: string;
	step: number;
	tour: Story | null;
	/** An event to start at (the explorer's selection when "Present" was chosen). */
	event: string | null;
	/** What could not be honoured, for the reader. */
	issues: string[];
}

/** The highest step a URL may ask for (a story is never this long). */
const MAX_STEP = 9999;

/** Read the presentation's parameters. */
export function readPresentParams(params: URLSearchParams): PresentParams {
	const issues: string[] = [];
	const story = params.get('story') ?? '';
	let step = 0;
	const rawStep = params.get('step');
	if (rawStep !== null) {
		if (/^\d{1,4}$/.test(rawStep) && Number(rawStep) <= MAX_STEP) step = Number(rawStep);
		else issues.push(`"step=${rawStep}" is not a step number; starting at the title slide.`);
	}
	let tour: Story | null = null;
	const rawTour = params.get('tour');
	if (rawTour !== null) {
		tour = decodeTour(rawTour);
		if (!tour) issues.push('The story in this link could not be read; showing another story.');
	}
	return { story, step, tour, event: params.get('event'), issues };
}

/**
 * The query for a presentation state: `story` and `step` set (the defaults, '' and 0, left out),
 * `tour` carried when given, `event` dropped (the step says where we are), every other parameter
 * kept as it was.
 */
export function presentQuery(
	params: URLSearchParams,
	state: { story: string; step: number; tour: Story | null }
): string {
	const out = new URLSearchParams(params);
	out.delete('event');
	out.delete('story');
	out.delete('step');
	out.delete('tour');
	if (state.story) out.set('story', state.story);
	if (state.tour) out.set('tour', encodeTour(state.tour));
	if (state.step > 0) out.set('step', String(state.step));
	const q = out.toString();
	return q ? `?${q}` : '';
}
