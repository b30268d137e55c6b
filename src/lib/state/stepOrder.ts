/**
 * The order ←/→, Previous/Next and Home/End go through, pure: a story's events (the one the
 * reader opened, else the dataset's `meta.story`) where some of them match the filters,
 * otherwise the matching sourced events in time order; computed dates only when they are all
 * that matches.
 */
import type { AtlasEvent } from '$lib/model/types';

/** A stepping order, and whether it is time order (neighbours of events outside it differ). */
export interface StepOrder {
	list: AtlasEvent[];
	timeOrdered: boolean;
}

/**
 * The stepping order over `matching` (in time order), following `story` (event ids) when it
 * names some matching event; `byId` resolves the ids.
 */
export function stepOrderOf(
	matching: readonly AtlasEvent[],
	byId: ReadonlyMap<string, AtlasEvent>,
	story: readonly string[]
): StepOrder {
	if (story.length) {
		const ok = new Set<string>();
		for (const e of matching) ok.add(e.id);
		const list: AtlasEvent[] = [];
		for (const id of story) {
			const e = byId.get(id);
			if (e && ok.has(id)) list.push(e);
		}
		if (list.length) return { list, timeOrdered: false };
	}
	const sourced = matching.filter((e) => !e.computed);
	return { list: sourced.length ? sourced : matching.slice(), timeOrdered: true };
}
