/**
 * The text of a presentation step, pure: the sources line (each source once, with its
 * perspective) and one line per dispute, with every competing value attributed.
 */
import type { AtlasEvent, Source } from '$lib/model/types';
import { fieldLabel } from '$lib/ui/detail/format';

/** A cited source as the step names it. */
export interface StepSource {
	id: string;
	publisher: string;
	perspective: string;
}

/** A source's name for a line of credits: its publisher, else its title. */
function sourceName(s: Source): string {
	return s.publisher && s.publisher !== 'unknown' ? s.publisher : s.title;
}

/** The sources an event cites, each once, in the order first cited. */
export function stepSources(e: AtlasEvent, sources: ReadonlyMap<string, Source>): StepSource[] {
	const seen = new Set<string>();
	const out: StepSource[] = [];
	for (const ref of e.sources) {
		if (seen.has(ref.source)) continue;
		seen.add(ref.source);
		const s = sources.get(ref.source);
		if (s) out.push({ id: s.id, publisher: sourceName(s), perspective: s.perspective });
	}
	return out;
}

/** Who gives a value: source names joined, "the established record" for the record. */
function givers(ids: readonly string[], sources: ReadonlyMap<string, Source>): string {
	const names = ids.map((id) => {
		if (id === 'record') return 'the established record';
		const s = sources.get(id);
		return s ? sourceName(s) : id;
	});
	return names.length > 1
		? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
		: (names[0] ?? '');
}

/** A value in quotation marks, unless it is a quotation already. */
function quoted(value: string): string {
	const v = value.trim();
	return /^["“'‘].*["”'’]$/su.test(v) ? v : `“${v}”`;
}

/**
 * One line per dispute: `Date: "2013" according to A; "2014" according to B.` Values are quoted
 * and attributed, so no side's account reads as the app's own.
 */
export function disputeLines(e: AtlasEvent, sources: ReadonlyMap<string, Source>): string[] {
	return e.disputes.map((d) => {
		const values = d.values.map(
			(v) => `${quoted(v.value)} according to ${givers(v.sources, sources)}`
		);
		return `${fieldLabel(d.field)}: ${values.join('; ')}.`;
	});
}
