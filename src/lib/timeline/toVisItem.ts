/** An item spec as the item vis-timeline is given. */
import type { TimelineItem } from 'vis-timeline/esnext';
import type { ItemSpec } from './eventToItem';

/** A vis-timeline item carrying its spec, which `itemLabel` draws as text. */
export type VisItem = TimelineItem & { spec: ItemSpec };

/** The grey an item gets when its category has no colour, or one that is not `#rrggbb`. */
const NO_COLOUR = '#6b7280';

/**
 * A category's colour as a CSS value, or grey. Only `#rrggbb` passes: the colour comes from the
 * dataset and is written into a style attribute.
 */
export function categoryColour(colour: string | undefined): string {
	return colour && /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : NO_COLOUR;
}

/**
 * The vis-timeline item for a spec. `grouped`: the timeline has rows, so the item names its row.
 * `colour`: the event's category colour (checked by `categoryColour`), or null to leave the
 * item's colour to the stylesheet (buckets, an event no longer loaded).
 */
export function toVisItem(
	spec: ItemSpec,
	grouped: boolean,
	colour: string | undefined | null
): VisItem {
	const item: VisItem = {
		id: spec.id,
		group: grouped ? spec.group : undefined,
		start: new Date(spec.start),
		content: '',
		type: spec.type,
		className: spec.className,
		spec
	};
	if (spec.end !== undefined) item.end = new Date(spec.end);
	const style = [];
	if (colour !== null) style.push(`--cat: ${categoryColour(colour)}`);
	if (spec.flip !== undefined) style.push(`--label-w: ${spec.flip}px`);
	if (spec.bar !== undefined) style.push(`--bar: ${spec.bar.toFixed(3)}`);
	if (style.length) item.style = style.join('; ');
	return item;
}
