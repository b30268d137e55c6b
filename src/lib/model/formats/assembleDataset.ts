/**
 * The shared second half of every importer. A format reader turns its rows into drafts (event
 * fields as read, plus the problems found while reading); `assembleDataset` then, for all formats
 * alike: builds meta, categories and sources when the input has none, resolves place names with
 * the gazetteer, makes ids for rows without one, and checks every event with the same code as
 * `parseDataset` (the zod schema, `checkEvent`, unique ids). A row with an error is left out
 * and reported; nothing is dropped silently.
 */
// Importers read any date a spreadsheet holds: the full EDTF parser is always loaded with them.
import '../edtfParser';
import { CATEGORY_SHAPES } from '../categoryShapes';
import { OKABE_ITO } from '../okabeIto';
import { checkEvent, relatedIssues } from '../checkEvent';
import { describe, pushAll } from '../issue';
import { schemaRecords } from '../schemaRecords';
import { candidateLabel, type Resolution } from '../gazetteer';
import type { Category, Dataset, Event, Issue, Meta, Source } from '../types';
import { slugify, uniqueSlug } from './slug';
import { isPrototypeName, NOT_A_PROTOTYPE_NAME, SLUG_PATTERN } from '../slugPattern';

/** One input row as a format reader saw it. */
export interface Draft {
	/** 1-based: the CSV line, the feature or the event number. */
	row: number;
	/** Event fields as read, not yet checked; `place` is an object when present. */
	event: Record<string, unknown>;
	/** Problems found while reading the row; an error drops the row. */
	issues: Issue[];
	/**
	 * Event fields whose problems the reader has already reported under its own name (e.g.
	 * TimelineJS `start_date.year` for `start`), so they are not reported twice.
	 */
	reported?: string[];
}

/** Looks a place name up (the gazetteer); optional so the readers stay pure and offline. */
export type PlaceResolver = (name: string, country?: string) => Resolution;

/** Options of `assembleDataset`. */
export interface AssembleOptions {
	/** The input file, for issues. */
	file: string;
	/** A complete meta (from --meta, a sidecar or the input itself); its categories are the only ones allowed. */
	meta?: unknown;
	/** Sources (from --meta, a sidecar or the input); when given, citing another id is an error. */
	sources?: unknown[];
	/** The file meta and sources came from, for issues (defaults to `file`). */
	metaFile?: string;
	/** Used when no complete meta is given. */
	metaDefaults?: { title: string; description?: string };
	/** Resolve place names without coordinates (the gazetteer). */
	resolvePlace?: PlaceResolver;
}

/** What every importer returns. `dataset` is null when the input is unusable. */
export interface ImportResult {
	dataset: Dataset | null;
	issues: Issue[];
}

export { OKABE_ITO };

const SHAPES = CATEGORY_SHAPES;

const SLUG = SLUG_PATTERN;

/** "mass-protest" → "Mass protest". */
function humanize(id: string): string {
	const s = id.replace(/-/g, ' ');
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The n-th category made from values seen: colours first, then shapes, so pairs stay distinct. */
export function makeCategory(id: string, label: string, n: number): Category {
	return {
		id,
		label,
		colour: OKABE_ITO[n % OKABE_ITO.length]!,
		shape: SHAPES[(n + Math.floor(n / OKABE_ITO.length)) % SHAPES.length]!
	};
}

function str(v: unknown): string | undefined {
	return typeof v === 'string' ? v : undefined;
}

function listOf(v: unknown): readonly unknown[] {
	return Array.isArray(v) ? v : [];
}

/** An own field of an object read from input, or undefined (never one of its prototype's). */
function fieldOf(v: unknown, key: string): unknown {
	return v !== null && typeof v === 'object' && Object.hasOwn(v, key)
		? (v as Record<string, unknown>)[key]
		: undefined;
}

function asPlace(ev: Record<string, unknown>): Record<string, unknown> {
	const p = ev.place;
	if (p && typeof p === 'object' && !Array.isArray(p)) return p as Record<string, unknown>;
	const place: Record<string, unknown> = {};
	ev.place = place;
	return place;
}

const LOOKUP_PRECISIONS = new Set([undefined, 'city', 'country']);
const NO_LOOKUP_NAMES = new Set(['', 'unknown', 'online', 'various', 'n/a']);

/** Fill a place's name, precision and (through the gazetteer) coordinates. */
function completePlace(
	d: Draft,
	file: string,
	resolve: PlaceResolver | undefined,
	issues: Issue[]
): void {
	const place = asPlace(d.event);
	const id = str(d.event.id);
	const hasCoords = place.lat !== undefined || place.lon !== undefined;
	const name = str(place.name)?.trim() ?? '';
	if (name === '' && place.name === undefined) {
		place.name = hasCoords ? `${place.lat}, ${place.lon}` : 'Unknown';
	}
	// A country given by name ("Canada") becomes its code when the gazetteer knows it.
	const countryText = str(place.country);
	if (resolve && countryText && !/^[A-Z]{2}$/.test(countryText)) {
		const r = resolve(countryText);
		if (r.status === 'found' && r.place.precision === 'country') place.country = r.place.country;
	}
	const precision = str(place.precision);
	if (precision === undefined && !hasCoords && name.toLowerCase() === 'online') {
		place.precision = 'online';
		return;
	}
	if (!hasCoords && resolve && LOOKUP_PRECISIONS.has(precision)) {
		if (!NO_LOOKUP_NAMES.has(name.toLowerCase())) {
			const country = str(place.country);
			const r = resolve(name, country);
			const warn = (expected: string, received: string) =>
				issues.push({
					file,
					row: d.row,
					id,
					field: 'place.name',
					expected,
					received,
					severity: 'warning'
				});
			if (r.status === 'found' && (precision === undefined || precision === r.place.precision)) {
				place.lat = r.place.lat;
				place.lon = r.place.lon;
				place.country ??= r.place.country;
				place.precision = r.place.precision;
				const how = `coordinates from the GeoNames gazetteer (${candidateLabel(r.place)})`;
				place.note = str(place.note) ? `${place.note} (${how})` : how;
			} else if (r.status === 'found') {
				warn(
					`a place of precision "${precision}" in the gazetteer`,
					`${describe(name)}, which is a ${r.place.precision} there`
				);
			} else if (r.status === 'ambiguous') {
				const shown = r.candidates.slice(0, 5).map(candidateLabel).join('; ');
				const more = r.candidates.length > 5 ? `; ${r.candidates.length - 5} more` : '';
				warn(
					`one place: add a region or country ("Name, Region, Country") or the country field, or lat and lon; candidates: ${shown}${more}`,
					`${describe(name)} (${r.candidates.length} places of that name; left without coordinates)`
				);
			} else {
				warn(
					'a place name the gazetteer knows, or lat and lon',
					`${describe(name)} (${r.reason}; left without coordinates)`
				);
			}
		}
	}
	if (place.precision === undefined) {
		place.precision = place.lat !== undefined ? 'site' : 'unknown';
	}
}

/** Build meta, categories and sources, resolve places, make ids, check every event. */
export function assembleDataset(drafts: Draft[], opts: AssembleOptions): ImportResult {
	const { file } = opts;
	const metaFile = opts.metaFile ?? file;
	const issues: Issue[] = [];

	// Meta and its categories.
	let meta: Meta;
	const givenCategories = new Map<string, string>();
	if (opts.meta !== undefined) {
		const r = schemaRecords.meta(opts.meta, metaFile);
		pushAll(issues, r.issues);
		if (!r.ok) return { dataset: null, issues };
		meta = r.data;
		for (const c of meta.categories) {
			givenCategories.set(c.id, c.id);
			givenCategories.set(c.label.trim().toLowerCase(), c.id);
		}
	} else {
		meta = {
			title: opts.metaDefaults?.title || 'Imported events',
			description: opts.metaDefaults?.description ?? '',
			licence: 'unspecified',
			language: 'en',
			categories: []
		};
		issues.push({
			file,
			field: 'meta',
			expected:
				'meta (title, licence, categories) from --meta, or a <name>.meta.json beside the file',
			received: 'none: made categories from the values seen, licence "unspecified"',
			severity: 'warning'
		});
	}

	// Sources.
	const sources: Source[] = [];
	const given = opts.sources !== undefined && opts.sources.length > 0;
	(opts.sources ?? []).forEach((s, i) => {
		const r = schemaRecords.source(s, metaFile, i);
		pushAll(issues, r.issues);
		if (r.ok) sources.push(r.data);
	});
	const sourceIds = new Set(sources.map((s) => s.id));

	// Ids: keep the given ones; make the missing ones from title and date, unique.
	const taken = new Set<string>();
	for (const d of drafts) {
		const id = str(d.event.id);
		if (id && SLUG.test(id)) taken.add(id);
	}
	for (const d of drafts) {
		const id = str(d.event.id)?.trim();
		if (!id) {
			const hint = `${str(d.event.title) ?? ''} ${str(d.event.start) ?? ''}`;
			d.event.id = uniqueSlug(hint, taken);
		} else if (!SLUG.test(id)) {
			const made = uniqueSlug(id, taken);
			d.issues.push({
				file,
				row: d.row,
				id: made,
				field: 'id',
				expected: isPrototypeName(id)
					? NOT_A_PROTOTYPE_NAME
					: 'a slug (lower-case letters, digits, single hyphens)',
				received: `${describe(id)} (used "${made}")`,
				severity: 'warning'
			});
			d.event.id = made;
		}
	}

	// Categories: map labels to ids, or make categories from the values seen.
	const made = new Map<string, Category>();
	for (const d of drafts) {
		const raw = str(d.event.category)?.trim() ?? '';
		if (opts.meta !== undefined) {
			const id = givenCategories.get(raw) ?? givenCategories.get(raw.toLowerCase());
			if (id) d.event.category = id;
			else {
				d.issues.push({
					file,
					row: d.row,
					id: str(d.event.id),
					field: 'category',
					expected: `one of the categories in meta (${meta.categories.map((c) => c.id).join(', ')})`,
					received: describe(d.event.category ?? ''),
					severity: 'error'
				});
			}
			continue;
		}
		let id = raw === '' ? 'uncategorized' : SLUG.test(raw) ? raw : slugify(raw) || 'category';
		// A label such as "Constructor" would make an id every JavaScript object has.
		if (isPrototypeName(id)) id = `${id}-category`;
		if (!made.has(id)) {
			const label = raw === '' ? 'Uncategorized' : SLUG.test(raw) ? humanize(raw) : raw;
			made.set(id, makeCategory(id, label, made.size));
		}
		d.event.category = id;
	}
	if (opts.meta === undefined) {
		meta.categories = [...made.values()];
		if (meta.categories.length === 0)
			meta.categories.push(makeCategory('uncategorized', 'Uncategorized', 0));
	}

	// Placeholder sources for ids cited but not described.
	if (!given) {
		const cited = new Set<string>();
		for (const d of drafts) {
			for (const r of listOf(d.event.sources)) cited.add(str(fieldOf(r, 'source')) ?? '');
			// Any shape may arrive here (the schema checks later): only lists are walked, so a
			// dispute whose values or sources are not a list costs its row, not the file.
			for (const dis of listOf(d.event.disputes))
				for (const v of listOf(fieldOf(dis, 'values')))
					for (const s of listOf(fieldOf(v, 'sources')))
						if (typeof s === 'string' && s !== 'record') cited.add(s);
		}
		for (const id of [...cited].sort()) {
			if (!SLUG.test(id) || sourceIds.has(id)) continue;
			sources.push({
				id,
				title: id,
				publisher: 'unknown',
				type: 'other',
				perspective: 'not recorded'
			});
			sourceIds.add(id);
			issues.push({
				file: metaFile,
				field: 'sources',
				expected: `a description of source "${id}" (title, publisher, type, perspective) in the meta file`,
				received: 'only its id: added a placeholder',
				severity: 'warning'
			});
		}
	}

	// Check each row.
	const categories = new Set(meta.categories.map((c) => c.id));
	const seen = new Map<string, number>();
	const kept: Event[] = [];
	for (const d of drafts) {
		const rowIssues = d.issues;
		completePlace(d, file, opts.resolvePlace, rowIssues);
		const badFields = [
			...rowIssues.filter((i) => i.severity === 'error').map((i) => i.field),
			...(d.reported ?? [])
		];
		const reported = (field: string) =>
			badFields.some((f) => field === f || field.startsWith(`${f}.`));
		const id = str(d.event.id);
		const r = schemaRecords.event(d.event, file, d.row, id);
		pushAll(
			rowIssues,
			r.issues.filter((i) => !reported(i.field))
		);
		if (!r.ok) {
			pushAll(issues, rowIssues);
			continue;
		}
		const ev = r.data;
		const prev = seen.get(ev.id);
		if (prev !== undefined) {
			rowIssues.push({
				file,
				row: d.row,
				id: ev.id,
				field: 'id',
				expected: `a unique id (row ${prev} has it already)`,
				received: describe(ev.id),
				severity: 'error'
			});
			pushAll(issues, rowIssues);
			continue;
		}
		const c = checkEvent(ev, { file, row: d.row, categories, sources: sourceIds });
		pushAll(
			rowIssues,
			c.issues.filter((i) => !reported(i.field))
		);
		pushAll(issues, rowIssues);
		if (!c.time || rowIssues.some((i) => i.severity === 'error')) continue;
		seen.set(ev.id, d.row);
		kept.push(ev);
	}
	pushAll(issues, relatedIssues(kept, seen, file));
	return { dataset: { meta, sources, events: kept }, issues };
}
