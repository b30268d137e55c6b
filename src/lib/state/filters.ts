/**
 * Filtering and search as pure functions over a search index built once per dataset, so that a
 * keystroke over 100,000 events costs one pass of cheap comparisons and nothing is rebuilt.
 */
import type { AtlasEvent, Source } from '$lib/model/types';

/** What the reader has asked to see. Empty lists mean "any". */
export interface Filters {
	categories: string[];
	countries: string[];
	actors: string[];
	sources: string[];
	perspectives: string[];
	tags: string[];
	/** Free text over title, summary, place and actors. */
	q: string;
	/** Show computed (not sourced) events such as the recurring-day series. */
	computed: boolean;
}

/** No filter at all. */
export function emptyFilters(): Filters {
	return {
		categories: [],
		countries: [],
		actors: [],
		sources: [],
		perspectives: [],
		tags: [],
		q: '',
		computed: true
	};
}

/** True when any filter narrows the events. */
export function isFiltering(f: Filters): boolean {
	return (
		f.categories.length > 0 ||
		f.countries.length > 0 ||
		f.actors.length > 0 ||
		f.sources.length > 0 ||
		f.perspectives.length > 0 ||
		f.tags.length > 0 ||
		f.q.trim() !== '' ||
		!f.computed
	);
}

/** One facet value with how many events have it. */
export interface FacetValue {
	value: string;
	label: string;
	count: number;
}

/** Precomputed per-event data for fast filtering, in the same order as the events. */
export interface SearchIndex {
	events: AtlasEvent[];
	/**
	 * Lower-cased, accent-folded text of title, summary, place and actors, filled lazily (see
	 * `warmSearch`): folding 100,000 events costs a few hundred milliseconds we keep off the load.
	 */
	text: (string | undefined)[];
	/** How many leading entries of `text` are filled. */
	warmed: number;
	/** Perspective labels of each event's sources. */
	perspectives: string[][];
	/**
	 * Count the facets for about `budgetMs` (call it when the browser is idle); true once they
	 * are all counted, after which `facets` costs nothing.
	 */
	warmFacets: (budgetMs?: number) => boolean;
	facets: {
		categories: FacetValue[];
		countries: FacetValue[];
		actors: FacetValue[];
		sources: FacetValue[];
		perspectives: FacetValue[];
		tags: FacetValue[];
	};
}

/**
 * Characters canonical decomposition (NFD) leaves as they are and that are not combining marks:
 * ASCII, the rest of Latin-1 below À (no-break space, «, », ·), and general punctuation from
 * U+2002 (dashes, ’ “ ”, …; U+2000 and U+2001 decompose to U+2002 and U+2003). Text made only of
 * them folds by lower-casing alone.
 */
// eslint-disable-next-line no-control-regex
const NFD_STABLE = /^[\x00-\xbf\u2002-\u206f]*$/;

/** Lower case without diacritics, so "Quds" finds "Qúds" and "montreal" finds "Montréal". */
export function fold(s: string): string {
	// Most text, typographic quotes and dashes included, skips the two copies NFD costs.
	if (NFD_STABLE.test(s)) return s.toLowerCase();
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

function countInto(map: Map<string, number>, key: string | undefined): void {
	if (!key) return;
	map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Alphabetical, ignoring case and accents, without `localeCompare`: its first call sets up an
 * ICU collator, about 10 ms of the page's first load.
 */
function byLabel(a: string, b: string): number {
	const x = fold(a);
	const y = fold(b);
	return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

function facetList(
	map: Map<string, number>,
	label: (v: string) => string = (v) => v
): FacetValue[] {
	return [...map.entries()]
		.map(([value, count]) => ({ value, label: label(value), count }))
		.sort((a, b) => b.count - a.count || byLabel(a.label, b.label));
}

/** Build the search index once per dataset. */
export function buildIndex(
	events: AtlasEvent[],
	sources: Source[],
	categoryLabel: (id: string) => string = (id) => id,
	countryLabel: (code: string) => string = (c) => c
): SearchIndex {
	const perspectiveOf = new Map(sources.map((s) => [s.id, s.perspective]));
	const titleOf = new Map(sources.map((s) => [s.id, s.title]));
	// Both are computed on first use: at 100,000 events they cost a tenth of a second each, which
	// loading does not need to pay (perspectives are needed only to filter by them). Facets can
	// also be counted a slice at a time while the browser is idle (`warmFacets`).
	const n = events.length;
	const perspectiveList: string[][] = new Array(n);
	const perspectivesAt = (i: number): string[] => {
		let ps = perspectiveList[i];
		if (!ps) {
			ps = [];
			for (const r of events[i]!.sources) {
				const p = perspectiveOf.get(r.source);
				if (p && !ps.includes(p)) ps.push(p);
			}
			perspectiveList[i] = ps;
		}
		return ps;
	};
	let perspectives: string[][] | null = null;
	const perspectivesOf = (): string[][] => {
		if (!perspectives) {
			for (let i = 0; i < n; i++) perspectivesAt(i);
			perspectives = perspectiveList;
		}
		return perspectives;
	};
	let facets: SearchIndex['facets'] | null = null;
	const counts = {
		next: 0,
		cats: new Map<string, number>(),
		countries: new Map<string, number>(),
		actors: new Map<string, number>(),
		srcs: new Map<string, number>(),
		persp: new Map<string, number>(),
		tags: new Map<string, number>()
	};
	/** Count facets until `deadline` (performance.now()); true once all are counted. */
	const countFacets = (deadline: number): boolean => {
		if (facets) return true;
		const c = counts;
		while (c.next < n) {
			const stop = Math.min(n, c.next + 2000);
			for (; c.next < stop; c.next++) {
				const e = events[c.next]!;
				countInto(c.cats, e.category);
				countInto(c.countries, e.place.country);
				for (const a of e.actors) countInto(c.actors, a);
				for (const t of e.tags) countInto(c.tags, t);
				const refs = e.sources;
				for (let k = 0; k < refs.length; k++) {
					const id = refs[k]!.source;
					let dup = false;
					for (let m = 0; m < k; m++) if (refs[m]!.source === id) dup = true;
					if (!dup) countInto(c.srcs, id);
				}
				for (const p of perspectivesAt(c.next)) countInto(c.persp, p);
			}
			if (performance.now() > deadline) return false;
		}
		facets = {
			categories: facetList(c.cats, categoryLabel),
			countries: facetList(c.countries, countryLabel),
			actors: facetList(c.actors),
			sources: facetList(c.srcs, (id) => titleOf.get(id) ?? id),
			perspectives: facetList(c.persp),
			tags: facetList(c.tags)
		};
		return true;
	};
	return {
		events,
		text: new Array(n),
		warmed: 0,
		get perspectives() {
			return perspectivesOf();
		},
		get facets() {
			countFacets(Infinity);
			return facets!;
		},
		warmFacets: (budgetMs = 8) => countFacets(performance.now() + budgetMs)
	};
}

function searchText(e: AtlasEvent): string {
	return fold(`${e.title}\n${e.summary}\n${e.place.name}\n${e.actors.join(' ')}`);
}

/** The search text of event i, folded on first use. */
function textAt(index: SearchIndex, i: number): string {
	return (index.text[i] ??= searchText(index.events[i]!));
}

/**
 * Fold search text ahead of the first search, for about `budgetMs` at a time (call it when the
 * browser is idle). Returns true when every event is done.
 */
export function warmSearch(index: SearchIndex, budgetMs = 8): boolean {
	const end = performance.now() + budgetMs;
	const n = index.events.length;
	while (index.warmed < n) {
		for (let k = 0; k < 500 && index.warmed < n; k++, index.warmed++) textAt(index, index.warmed);
		if (performance.now() > end) break;
	}
	return index.warmed >= n;
}

/**
 * The events that pass the filters, in time order. One pass; each test is a set lookup or a
 * substring search on precomputed text. Every word of the query must occur.
 */
export function applyFilters(index: SearchIndex, f: Filters): AtlasEvent[] {
	if (!isFiltering(f)) return index.events;
	const cats = new Set(f.categories);
	const countries = new Set(f.countries);
	const actors = new Set(f.actors);
	const sources = new Set(f.sources);
	const persp = new Set(f.perspectives);
	const tags = new Set(f.tags);
	const words = fold(f.q).split(/\s+/).filter(Boolean);
	const out: AtlasEvent[] = [];
	const { events } = index;
	const perspectives = persp.size ? index.perspectives : [];
	for (let i = 0; i < events.length; i++) {
		const e = events[i]!;
		if (!f.computed && e.computed) continue;
		if (cats.size && !cats.has(e.category)) continue;
		if (countries.size && !countries.has(e.place.country ?? '')) continue;
		if (actors.size && !e.actors.some((a) => actors.has(a))) continue;
		if (tags.size && !e.tags.some((t) => tags.has(t))) continue;
		if (sources.size && !e.sources.some((r) => sources.has(r.source))) continue;
		if (persp.size && !perspectives[i]!.some((p) => persp.has(p))) continue;
		if (words.length) {
			const t = textAt(index, i);
			let all = true;
			for (const w of words) {
				if (!t.includes(w)) {
					all = false;
					break;
				}
			}
			if (!all) continue;
		}
		out.push(e);
	}
	return out;
}
