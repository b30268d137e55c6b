/**
 * What `foldLabels` needs to know about the drawn timeline: how wide a label is in the panel's
 * font, and how many rows of items the events row shows. The figures mirror the item styles in
 * visTimelineTheme.css (content padding, point borders, the dot, one height for every item).
 */
import type { ItemSpec } from './eventToItem';

/** An item's content padding (4 px left, 10 px right, to keep titles apart). */
const POINT_EXTRA = 14;
const RANGE_EXTRA = 14;
/** Sub-pixel text and rounding, so a label measured to fit is never cut by a pixel. */
const SLACK = 4;
/** Width of a point's dot (a 5 px border all round). */
export const DOT_PX = 10;
/**
 * vis-timeline's margins between items (the `margin.item` option). None across: count buckets
 * touch, so they stand in one row as a histogram; titles keep apart by their own padding.
 */
export const ITEM_GAP = { horizontal: 0, vertical: 3 };
/** vis-timeline's margin between the items and the axis (the `margin.axis` option). */
export const AXIS_GAP = 4;

/** The panel's font size in px: labels and rows follow it (the root font follows the window). */
export function panelFont(panel: HTMLElement): number {
	return parseFloat(getComputedStyle(panel).fontSize) || 16;
}

/** A label's width in px, measured with a canvas in the panel's font; results are cached. */
export function labelMeter(panel: HTMLElement): (spec: ItemSpec) => number {
	const cs = getComputedStyle(panel);
	const ctx = document.createElement('canvas').getContext('2d');
	const font = (weight: string) => `${cs.fontStyle} ${weight} ${cs.fontSize} ${cs.fontFamily}`;
	const fontPx = parseFloat(cs.fontSize) || 14;
	const cache = new Map<string, number>();
	const measure = (text: string, bold: boolean): number => {
		const key = `${bold ? 'b' : 'n'}${text}`;
		let w = cache.get(key);
		if (w === undefined) {
			if (ctx) {
				ctx.font = font(bold ? '700' : cs.fontWeight);
				w = ctx.measureText(text).width;
			} else w = text.length * fontPx * 0.6;
			cache.set(key, w);
		}
		return w;
	};
	return (spec) => {
		const cls = ` ${spec.className} `;
		const bold = cls.includes(' is-marked ');
		let w = measure(spec.text, bold);
		// The qualifiers the stylesheet adds around the title.
		if (cls.includes(' approx ')) w += measure('c. ', bold);
		if (cls.includes(' uncertain ')) w += measure(' ?', true);
		return Math.ceil(w) + (spec.type === 'range' ? RANGE_EXTRA : POINT_EXTRA) + SLACK;
	};
}

/**
 * How many rows of event items the panel shows without scrolling (at least 1). Every event item
 * is 1.25em + 10px tall (the stylesheet fixes it), so only the computed row is measured.
 */
export function rowsIn(host: HTMLElement, panel: HTMLElement, fontPx: number): number {
	const computed = host.querySelector<HTMLElement>('.vis-foreground .vis-group.row-computed');
	const room = panel.clientHeight - (computed?.offsetHeight ?? 0) - AXIS_GAP;
	const row = Math.ceil(fontPx * 1.25 + 10) + ITEM_GAP.vertical;
	return Math.max(1, Math.floor((room + ITEM_GAP.vertical) / row));
}

/** Width of a "+N" chip for this font: wide enough for "+999". */
export function chipWidth(fontPx: number): number {
	return Math.ceil(fontPx * 3.2);
}
