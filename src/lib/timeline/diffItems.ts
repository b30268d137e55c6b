/** What to change in vis-timeline's items to go from what it holds to what it should hold. */
import type { ItemSpec } from './eventToItem';

/** The ids to remove, the items to add and to update, and whether nothing held is kept. */
export interface ItemDiff {
	remove: string[];
	add: ItemSpec[];
	update: ItemSpec[];
	/**
	 * Every held item goes (a first fill, new data, new filters): the change can be drawn in one
	 * pass. Otherwise (a pan or a zoom adds a few) it must be made in place.
	 */
	replaced: boolean;
}

/**
 * Compare the items held with the items wanted, by id; an item whose drawing changed (times,
 * classes or text) is updated, one that did not is left alone.
 */
export function diffItems(
	held: ReadonlyMap<string, ItemSpec>,
	next: ReadonlyMap<string, ItemSpec>
): ItemDiff {
	const remove: string[] = [];
	for (const id of held.keys()) if (!next.has(id)) remove.push(id);
	const add: ItemSpec[] = [];
	const update: ItemSpec[] = [];
	for (const [id, spec] of next) {
		const old = held.get(id);
		if (!old) add.push(spec);
		else if (
			old.start !== spec.start ||
			old.end !== spec.end ||
			old.className !== spec.className ||
			old.text !== spec.text ||
			old.type !== spec.type ||
			old.flip !== spec.flip ||
			old.bar !== spec.bar ||
			old.members?.join(' ') !== spec.members?.join(' ')
		)
			update.push(spec);
	}
	return { remove, add, update, replaced: remove.length === held.size };
}
