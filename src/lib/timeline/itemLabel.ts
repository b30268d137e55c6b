/** The content of a timeline item, built as DOM: vis-timeline's `template` option. */
import { BUCKET_PREFIX } from './bucketToItem';
import { FOLD_PREFIX } from './foldLabels';
import type { VisItem } from './toVisItem';

/**
 * Builds an item's label with textContent, so dataset text never becomes HTML; vis-timeline
 * appends the returned element. Labels are focusable buttons (the view handles Enter and Space):
 * an event's carries `data-event-id`, a bucket's `data-bucket` (its start), a "+N" chip's
 * `data-fold`.
 */
export function itemLabel(item?: Partial<VisItem>): HTMLElement {
	const spec = item?.spec;
	const el = document.createElement('span');
	el.className = 'item-label';
	if (!spec) return el;
	el.textContent = spec.text;
	el.title = spec.title;
	if (spec.id.startsWith(BUCKET_PREFIX)) el.dataset.bucket = String(spec.start);
	else if (spec.id.startsWith(FOLD_PREFIX)) {
		el.dataset.fold = spec.id;
		el.dataset.holds = (spec.members ?? []).join(' ');
	} else el.dataset.eventId = spec.id;
	el.setAttribute('role', 'button');
	el.setAttribute('aria-label', spec.title);
	// One tab stop for the whole timeline (see `roveTabStop`): arrows move between items.
	el.tabIndex = -1;
	return el;
}
