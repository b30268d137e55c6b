/**
 * The messages an embed sends its host page about its height, in two formats:
 *
 * - pym.js's (https://github.com/nprapps/pym.js, 1.3.2): the string
 *   `pymxPYMx<id>xPYMxheightxPYMx<px>`, where `<id>` is the `childId` a `pym.Parent` puts in the
 *   iframe's URL; a host page that already uses pym.js resizes the iframe with no new code.
 * - ours, read by `/embed.js`: `{ type: 'chronoatlas:height', height: <px>, id: <childId or null> }`.
 *
 * The host learns nothing else: no state, no URL, nothing from the dataset.
 */

/** The `type` of our height message. */
export const HEIGHT_MESSAGE = 'chronoatlas:height';
/** The `type` of the message `/embed.js` sends an embed to ask for its height again. */
export const MEASURE_MESSAGE = 'chronoatlas:measure';

const PYM_DELIMITER = 'xPYMx';

/** Our height message. */
export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE;
	height: number;
	id: string | null;
}

/** A height as both formats carry it: whole pixels, at least 1. */
function wholePixels(height: number): number {
	return Math.max(1, Math.ceil(height));
}

/** pym.js's height message for the child `id`. */
export function pymHeightMessage(id: string, height: number): string {
	return ['pym', id, 'height', String(wholePixels(height))].join(PYM_DELIMITER);
}

/** Our height message. */
export function heightMessage(id: string | null, height: number): HeightMessage {
	return { type: HEIGHT_MESSAGE, height: wholePixels(height), id };
}

/**
 * What a message from the host asks of an embed with pym.js child id `id`: to measure again
 * (pym.js's `width` message, sent on load and on every resize of the host, or our `measure`), or
 * nothing.
 */
export function hostAsks(data: unknown, id: string | null): 'measure' | null {
	if (typeof data === 'string') {
		if (id === null) return null;
		const prefix = ['pym', id, 'width', ''].join(PYM_DELIMITER);
		return data.startsWith(prefix) ? 'measure' : null;
	}
	if (
		typeof data === 'object' &&
		data !== null &&
		(data as { type?: unknown }).type === MEASURE_MESSAGE
	) {
		return 'measure';
	}
	return null;
}

/** The pym.js child id from an embed's query (pym.Parent adds `childId`), if it is a plain one. */
export function pymChildId(search: string): string | null {
	const id = new URLSearchParams(search).get('childId');
	// pym.Parent matches messages with a regular expression built from the id: keep it plain.
	return id && /^[\w-]{1,100}$/.test(id) ? id : null;
}
