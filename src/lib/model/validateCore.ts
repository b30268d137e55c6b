/**
 * Validating a dataset without the zod schema: the checks every event goes through, and the whole
 * pass with the plain fast paths (plainEvent.ts). The schema (validate.ts, with zod) is needed
 * only for what is not plain: an event with disputes, a date the fast date path does not take
 * (validate.ts loads the `edtf` package's parser), or anything invalid, whose issues zod words. `?data=` loads start here and load the schema only when it is needed (untrusted.ts).
 */
import { eventTime, FullParserNeeded } from './dates';
import { toAtlasEvent } from './atlasEvent';
import { plainEvent, plainMeta, plainSource } from './plainEvent';
import type { AtlasEvent, Dataset, Event, Issue, Meta, Source } from './types';
import { describe, sortByTime, type LoadResult } from './issues';

/** The top-level fields of a dataset (the schema's `Dataset`; validate.test.ts checks). */
export const DATASET_KEYS: readonly string[] = ['$schema', 'meta', 'sources', 'events'];

/** A value the schema accepted (with its defaults), or the issues it reported. */
export type Checked<T> = { ok: true; data: T } | { ok: false; issues: Issue[] };

/** The schema's checks, for what the fast paths do not take (see validate.ts). */
export interface SchemaPath {
	meta(v: unknown, file: string): Checked<Meta>;
	source(v: unknown, file: string, index: number): Checked<Source>;
	event(v: unknown, file: string, row: number, id: string | undefined): Checked<Event>;
}

/**
 * Returned by {@link validateWith} without a schema when part of the dataset needs it. `parsed`
 * holds the events read so far, for the second pass to reuse.
 */
export interface NeedsSchema {
	needsSchema: true;
	parsed: (Event | null)[];
}

/** Where an event's issues are reported, and what it is checked against. */
interface CheckContext {
	file: string;
	row?: number;
	categories: Set<string>;
	sources: Set<string>;
}

/** No issues: shared, so that the common case allocates nothing. Never pushed to. */
const NONE: readonly Issue[] = Object.freeze([]);

function withIssue(
	list: Issue[] | null,
	ev: Event,
	ctx: CheckContext,
	field: string,
	expected: string,
	received: string,
	severity: Issue['severity']
): Issue[] {
	const out = list ?? [];
	out.push({ file: ctx.file, row: ctx.row, id: ev.id, field, expected, received, severity });
	return out;
}

/**
 * Check one parsed event against the dataset's categories and sources and derive its time.
 * Returns the issues; errors mean the event cannot be used. Plain loops and no closures: it runs
 * once per event, 100,000 times for a large `?data=` dataset.
 */
export function checkEvent(
	ev: Event,
	ctx: CheckContext
): { time: AtlasEvent['time'] | null; issues: readonly Issue[] } {
	let issues: Issue[] | null = null;
	const t = eventTime(ev.start, ev.end);
	if (!t.ok)
		issues = withIssue(
			issues,
			ev,
			ctx,
			t.field,
			t.error.replace(/, got .*$/, ''),
			describe(ev[t.field]),
			'error'
		);

	if (ctx.categories.size > 0 && !ctx.categories.has(ev.category)) {
		issues = withIssue(
			issues,
			ev,
			ctx,
			'category',
			`one of the categories in meta (${[...ctx.categories].join(', ')})`,
			describe(ev.category),
			'error'
		);
	}
	const p = ev.place;
	const hasLat = p.lat !== undefined;
	const hasLon = p.lon !== undefined;
	if (hasLat !== hasLon)
		issues = withIssue(
			issues,
			ev,
			ctx,
			hasLat ? 'place.lon' : 'place.lat',
			'both lat and lon, or neither',
			'only one',
			'error'
		);
	if (p.precision === 'online' && (hasLat || hasLon)) {
		issues = withIssue(
			issues,
			ev,
			ctx,
			'place.lat',
			'no coordinates for an online event (link places with place.linked)',
			describe(p.lat),
			'error'
		);
	}
	if (p.precision !== 'online' && p.precision !== 'unknown' && !hasLat && !ev.computed) {
		issues = withIssue(
			issues,
			ev,
			ctx,
			'place.lat',
			`coordinates for a place of precision "${p.precision}"`,
			'nothing',
			'warning'
		);
	}
	for (let i = 0; i < ev.sources.length; i++) {
		const source = ev.sources[i]!.source;
		if (!ctx.sources.has(source)) {
			issues = withIssue(
				issues,
				ev,
				ctx,
				`sources.${i}.source`,
				'the id of a source in sources',
				describe(source),
				'error'
			);
		}
	}
	for (let i = 0; i < ev.disputes.length; i++) {
		const values = ev.disputes[i]!.values;
		for (let j = 0; j < values.length; j++) {
			const ids = values[j]!.sources;
			for (let k = 0; k < ids.length; k++) {
				const s = ids[k]!;
				if (s !== 'record' && !ctx.sources.has(s)) {
					issues = withIssue(
						issues,
						ev,
						ctx,
						`disputes.${i}.values.${j}.sources.${k}`,
						'a source id or "record"',
						describe(s),
						'error'
					);
				}
			}
		}
	}
	if (ev.sources.length === 0 && !ev.computed)
		issues = withIssue(issues, ev, ctx, 'sources', 'at least one source', 'none', 'warning');
	return { time: t.ok ? t.time : null, issues: issues ?? NONE };
}

/**
 * Warnings for `related` ids that name no event of the dataset. `rows` maps each kept event's id
 * to its row.
 */
export function relatedIssues(events: Event[], rows: Map<string, number>, file: string): Issue[] {
	const out: Issue[] = [];
	for (let i = 0; i < events.length; i++) {
		const ev = events[i]!;
		for (let k = 0; k < ev.related.length; k++) {
			const rid = ev.related[k]!;
			if (!rows.has(rid)) {
				out.push({
					file,
					row: rows.get(ev.id),
					id: ev.id,
					field: `related.${k}`,
					expected: 'the id of an event in this dataset',
					received: describe(rid),
					severity: 'warning'
				});
			}
		}
	}
	return out;
}

/**
 * Validate a whole dataset (already parsed from JSON). Bad events are dropped and reported;
 * valid ones are returned sorted by time with derived fields. Without `schema`, only plain
 * datasets get through; anything else returns {@link NeedsSchema} as soon as it is met.
 * `reuse` is the `parsed` of such a return.
 */
export function validateWith(
	raw: unknown,
	file: string,
	schema: SchemaPath,
	reuse?: (Event | null)[]
): LoadResult;
export function validateWith(raw: unknown, file: string, schema: null): LoadResult | NeedsSchema;
export function validateWith(
	raw: unknown,
	file: string,
	schema: SchemaPath | null,
	reuse?: (Event | null)[]
): LoadResult | NeedsSchema {
	const issues: Issue[] = [];
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
		issues.push({
			file,
			field: '',
			expected: 'a dataset object with meta, sources and events',
			received: describe(raw),
			severity: 'error'
		});
		return { dataset: null, events: [], issues };
	}
	const obj = raw as Record<string, unknown>;
	const needs: NeedsSchema = { needsSchema: true, parsed: [] };
	let meta: Meta | null = plainMeta(obj.meta);
	if (!meta) {
		if (!schema) return needs;
		const r = schema.meta(obj.meta, file);
		if (!r.ok) {
			issues.push(...r.issues);
			return { dataset: null, events: [], issues };
		}
		meta = r.data;
	}
	const sources: Source[] = [];
	const rawSources = Array.isArray(obj.sources) ? obj.sources : [];
	if (obj.sources !== undefined && !Array.isArray(obj.sources)) {
		issues.push({
			file,
			field: 'sources',
			expected: 'a list',
			received: describe(obj.sources),
			severity: 'error'
		});
	}
	for (let i = 0; i < rawSources.length; i++) {
		const s = plainSource(rawSources[i]);
		if (s) {
			sources.push(s);
			continue;
		}
		if (!schema) return needs;
		const r = schema.source(rawSources[i], file, i);
		if (r.ok) sources.push(r.data);
		else issues.push(...r.issues);
	}
	for (const k of Object.keys(obj)) {
		if (!DATASET_KEYS.includes(k)) {
			issues.push({
				file,
				field: k,
				expected: 'no unknown top-level field',
				received: k,
				severity: 'warning'
			});
		}
	}
	const categories = new Set(meta.categories.map((c) => c.id));
	const sourceIds = new Set(sources.map((s) => s.id));
	if (!Array.isArray(obj.events)) {
		issues.push({
			file,
			field: 'events',
			expected: 'a list of events',
			received: describe(obj.events),
			severity: 'error'
		});
		return { dataset: { meta, sources, events: [] }, events: [], issues };
	}
	const rawEvents: unknown[] = obj.events;
	// First read every event (the schema only for what is not plain), then check them.
	const n = rawEvents.length;
	const parsed: (Event | null)[] = new Array(n);
	const rowIssues: (Issue[] | undefined)[] = [];
	for (let i = 0; i < n; i++) {
		const e = rawEvents[i];
		const plain = reuse?.[i] ?? plainEvent(e);
		if (plain) {
			parsed[i] = plain;
			continue;
		}
		if (!schema) {
			needs.parsed = parsed.slice(0, i);
			return needs;
		}
		const id =
			typeof (e as { id?: unknown })?.id === 'string' ? (e as { id: string }).id : undefined;
		const r = schema.event(e, file, i + 1, id);
		if (r.ok) parsed[i] = r.data;
		else {
			parsed[i] = null;
			rowIssues[i] = r.issues;
		}
	}
	const seen = new Map<string, number>();
	const events: AtlasEvent[] = [];
	const kept: Event[] = [];
	const ctx: CheckContext = { file, categories, sources: sourceIds };
	try {
		for (let i = 0; i < n; i++) {
			const row = i + 1;
			const ev = parsed[i];
			if (!ev) {
				issues.push(...rowIssues[i]!);
				continue;
			}
			const prev = seen.get(ev.id);
			if (prev !== undefined) {
				issues.push({
					file,
					row,
					id: ev.id,
					field: 'id',
					expected: `a unique id (row ${prev} has it already)`,
					received: describe(ev.id),
					severity: 'error'
				});
				continue;
			}
			ctx.row = row;
			const c = checkEvent(ev, ctx);
			let failed = false;
			for (let k = 0; k < c.issues.length; k++) {
				const x = c.issues[k]!;
				issues.push(x);
				if (x.severity === 'error') failed = true;
			}
			if (!c.time || failed) continue;
			seen.set(ev.id, row);
			kept.push(ev);
			events.push(toAtlasEvent(ev, c.time));
		}
	} catch (error) {
		// A date that needs the `edtf` package, not loaded yet: validate.ts loads it.
		if (!schema && error instanceof FullParserNeeded) {
			needs.parsed = parsed;
			return needs;
		}
		throw error;
	}
	issues.push(...relatedIssues(kept, seen, file));
	sortByTime(events);
	events.forEach((e, i) => (e.order = i));
	// The dataset keeps the author's order; the derived events are in time order.
	const dataset: Dataset = { meta, sources, events: kept };
	return { dataset, events, issues };
}
