/**
 * Category shapes: the second, non-colour cue of a category, shared by the map markers, the
 * legend and the timeline. Every SVG string here is built only from the constants below and a
 * colour validated as `#rrggbb`, so it is safe to insert as markup; never pass dataset text in.
 */

import { CATEGORY_SHAPES } from '$lib/model/categoryShapes';

/** Every shape a category may use, in legend order. */
export const SHAPES = CATEGORY_SHAPES;

/** A category shape. */
export type Shape = (typeof SHAPES)[number];

/** The shape used when a category names none. */
export const DEFAULT_SHAPE: Shape = 'circle';

/** The colour used when a category is unknown or its colour is not `#rrggbb`. */
export const FALLBACK_COLOUR = '#6b7280';

/**
 * SVG path data of each shape in a 24×24 view box, centred on (12, 12) and of similar visual
 * weight. `ring` is drawn with `fill-rule="evenodd"` (an outer and an inner circle).
 */
export const SHAPE_PATHS: Readonly<Record<Shape, string>> = Object.freeze({
	circle: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0Z',
	square: 'M4 4h16v16H4Z',
	diamond: 'M12 1.5l10.5 10.5l-10.5 10.5l-10.5 -10.5Z',
	triangle: 'M12 2.5l10 18h-20Z',
	star: 'M12 2.6L14.53 9.12L21.51 9.51L16.09 13.93L17.88 20.69L12 16.9L6.12 20.69L7.91 13.93L2.49 9.51L9.47 9.12Z',
	hexagon: 'M12 2.5L20.23 7.25L20.23 16.75L12 21.5L3.77 16.75L3.77 7.25Z',
	cross: 'M8.5 3h7v5.5h5.5v7h-5.5v5.5h-7v-5.5h-5.5v-7h5.5Z',
	ring: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0ZM7.5 12a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0 -9 0Z'
});

const HEX = /^#[0-9a-fA-F]{6}$/;

/** True when `value` is one of {@link SHAPES}. */
export function isShape(value: unknown): value is Shape {
	return typeof value === 'string' && (SHAPES as readonly string[]).includes(value);
}

/** True when `value` is a colour written `#rrggbb`. */
export function isHexColour(value: unknown): value is string {
	return typeof value === 'string' && HEX.test(value);
}

/** `colour` when it is `#rrggbb` (lower-cased), else the fallback. */
export function safeColour(colour: unknown, fallback = FALLBACK_COLOUR): string {
	return isHexColour(colour) ? colour.toLowerCase() : fallback;
}

/** Options of {@link shapeSvg}. */
export interface ShapeSvgOptions {
	/**
	 * Draw the shape hollow with a dashed outline: the cue for an approximate place (a region or
	 * a country rather than a city or a site).
	 */
	hollow?: boolean;
	/**
	 * Outline colour: `#rrggbb` or `currentColor` (the default, so the surrounding CSS `color`
	 * sets a contrasting outline in light and dark themes).
	 */
	outline?: string;
}

/**
 * An inline SVG of a category shape, `size` pixels square, filled with `colour`.
 * Unknown shapes draw a circle, colours that are not `#rrggbb` draw the fallback grey, and the
 * size is clamped to 4–256 px: nothing from the caller reaches the markup unchecked.
 */
export function shapeSvg(
	shape: string | undefined,
	colour: string,
	size: number,
	options: ShapeSvgOptions = {}
): string {
	const s = isShape(shape) ? shape : DEFAULT_SHAPE;
	const c = safeColour(colour);
	const px = Number.isFinite(size) ? Math.min(256, Math.max(4, Math.round(size))) : 16;
	const outline =
		options.outline === undefined || options.outline === 'currentColor'
			? 'currentColor'
			: safeColour(options.outline, 'currentColor');
	const d = SHAPE_PATHS[s];
	const rule = s === 'ring' ? ' fill-rule="evenodd"' : '';
	const open = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-2 -2 28 28" width="${px}" height="${px}" aria-hidden="true" focusable="false">`;
	if (options.hollow) {
		// A solid outline underneath keeps the dashed colour readable on any background.
		return (
			open +
			`<path d="${d}"${rule} fill="${c}" fill-opacity="0.18" stroke="${outline}" stroke-width="4.5" stroke-linejoin="round"/>` +
			`<path d="${d}"${rule} fill="none" stroke="${c}" stroke-width="2.5" stroke-dasharray="3.5 2.5" stroke-linejoin="round"/>` +
			'</svg>'
		);
	}
	return (
		open +
		`<path d="${d}"${rule} fill="${c}" stroke="${outline}" stroke-width="1.75" stroke-linejoin="round"/>` +
		'</svg>'
	);
}
