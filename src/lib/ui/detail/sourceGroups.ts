/**
 * An event's citations grouped by source, so a source cited at several places (pages,
 * paragraphs, posts) is listed once with all of its locators, in the order first cited.
 */
import type { SourceRef } from '$lib/model/types';

/** One source an event cites, with every place in it that the event cites. */
export interface SourceGroup {
	/** The source's id. */
	source: string;
	/** Each citation of it, in the event's order. */
	refs: SourceRef[];
}

/** Group citations by source id, keeping the order in which sources are first cited. */
export function groupRefs(refs: readonly SourceRef[]): SourceGroup[] {
	// A Map: source ids come from data and must not find Object's own keys.
	const groups = new Map<string, SourceGroup>();
	for (const ref of refs) {
		let g = groups.get(ref.source);
		if (!g) {
			g = { source: ref.source, refs: [] };
			groups.set(ref.source, g);
		}
		g.refs.push(ref);
	}
	return [...groups.values()];
}
