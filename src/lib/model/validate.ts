/**
 * Validating a dataset: returns what loaded and what did not, never throws on user data, and
 * never mutates its input. Each event is checked on its own, so one bad event costs only itself;
 * every dropped event is reported with file, row and field.
 */
import type * as z from 'zod';
import * as S from './schema';
import { eventTime } from './dates';
import { toAtlasEvent } from './atlasEvent';
import { plainEvent } from './plainEvent';
import type { AtlasEvent, Dataset, Event, Issue, Meta, Source } from './types';
import { describe, sortByTime, type LoadResult } from './issues';

export { byTime, describe, formatIssue, type LoadResult } from './issues';

function at(obj: unknown, path: PropertyKey[]): unknown {
	let cur: unknown = obj;
	for (const k of path) {
		if (cur === null || typeof cur !== 'object') return undefined;
		cur = (cur as Record<PropertyKey, unknown>)[k as string];
	}
	return cur;
}

function expectedFrom(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return issue.expected === 'array'
				? 'a list'
				: `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
		case 'too_small':
			if (issue.origin === 'string') return 'a non-empty text';
			if (issue.origin === 'array') return `at least ${issue.minimum} item(s)`;
			return `a number >= ${issue.minimum}`;
		case 'too_big':
			if (issue.origin === 'string') return `at most ${issue.maximum} characters`;
			return `a number <= ${issue.maximum}`;
		case 'invalid_value':
			return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'invalid_format':
			return issue.message.replace(/^Invalid string: /, '');
		case 'unrecognized_keys':
			return `no unknown field (${issue.keys.join(', ')})`;
		default:
			return issue.message;
	}
}

/** Turn zod issues into our issue shape. */
export function zodIssues(
	error: z.ZodError,
	input: unknown,
	file: string,
	prefix: string,
	row?: number,
	id?: string
): Issue[] {
	return error.issues.map((issue) => {
		const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
		const received =
			issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : describe(at(input, issue.path));
		return {
			file,
			row,
			field,
			expected: expectedFrom(issue),
			received,
			severity: 'error' as const,
			id
		};
	});
}

/**
 * Check one parsed event against the dataset's categories and sources and derive its time.
 * Returns the issues; errors mean the event cannot be used.
 */
export function checkEvent(
	ev: Event,
	ctx: { file: string; row?: number; categories: Set<string>; sources: Set<string> }
): { time: AtlasEvent['time'] | null; issues: Issue[] } {
	const issues: Issue[] = [];
	const base = { file: ctx.file, row: ctx.row, id: ev.id };
	const err = (field: string, expected: string, received: string) =>
		issues.push({ ...base, field, expected, received, severity: 'error' });
	const warn = (field: string, expected: string, received: string) =>
		issues.push({ ...base, field, expected, received, severity: 'warning' });

	const t = eventTime(ev.start, ev.end);
	if (!t.ok) err(t.field, t.error.replace(/, got .*$/, ''), describe(ev[t.field]));

	if (ctx.categories.size > 0 && !ctx.categories.has(ev.category)) {
		err(
			'category',
			`one of the categories in meta (${[...ctx.categories].join(', ')})`,
			describe(ev.category)
		);
	}
	const p = ev.place;
	const hasLat = p.lat !== undefined;
	const hasLon = p.lon !== undefined;
	if (hasLat !== hasLon)
		err(hasLat ? 'place.lon' : 'place.lat', 'both lat and lon, or neither', 'only one');
	if (p.precision === 'online' && (hasLat || hasLon)) {
		err(
			'place.lat',
			'no coordinates for an online event (link places with place.linked)',
			describe(p.lat)
		);
	}
	if (p.precision !== 'online' && p.precision !== 'unknown' && !hasLat && !ev.computed) {
		warn('place.lat', `coordinates for a place of precision "${p.precision}"`, 'nothing');
	}
	ev.sources.forEach((ref, i) => {
		if (!ctx.sources.has(ref.source)) {
			err(`sources.${i}.source`, 'the id of a source in sources', describe(ref.source));
		}
	});
	ev.disputes.forEach((d, i) =>
		d.values.forEach((v, j) =>
			v.sources.forEach((s, k) => {
				if (s !== 'record' && !ctx.sources.has(s)) {
					err(`disputes.${i}.values.${j}.sources.${k}`, 'a source id or "record"', describe(s));
				}
			})
		)
	);
	if (ev.sources.length === 0 && !ev.computed) warn('sources', 'at least one source', 'none');
	return { time: t.ok ? t.time : null, issues };
}

/**
 * Warnings for `related` ids that name no event of the dataset. `rows` maps each kept event's id
 * to its row.
 */
export function relatedIssues(events: Event[], rows: Map<string, number>, file: string): Issue[] {
	const out: Issue[] = [];
	for (const ev of events) {
		ev.related.forEach((rid, k) => {
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
		});
	}
	return out;
}

/**
 * Validate a whole dataset (already parsed from JSON). Bad events are dropped and reported;
 * valid ones are returned sorted by time with derived fields.
 */
export function validateDataset(raw: unknown, file: string): LoadResult {
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
	const metaR = S.Meta.safeParse(obj.meta);
	if (!metaR.success) {
		issues.push(...zodIssues(metaR.error, obj.meta, file, 'meta'));
		return { dataset: null, events: [], issues };
	}
	const meta: Meta = metaR.data;
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
	rawSources.forEach((s, i) => {
		const r = S.Source.safeParse(s);
		if (r.success) sources.push(r.data);
		else issues.push(...zodIssues(r.error, s, file, `sources.${i}`, i + 1));
	});
	const known = Object.keys(S.Dataset.shape);
	for (const k of Object.keys(obj)) {
		if (!known.includes(k)) {
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
	const seen = new Map<string, number>();
	const events: AtlasEvent[] = [];
	const kept: Event[] = [];
	obj.events.forEach((e, i) => {
		const row = i + 1;
		const plain = plainEvent(e);
		const r = plain ? ({ success: true, data: plain } as const) : S.Event.safeParse(e);
		const id =
			typeof (e as { id?: unknown })?.id === 'string' ? (e as { id: string }).id : undefined;
		if (!r.success) {
			issues.push(...zodIssues(r.error, e, file, '', row, id));
			return;
		}
		const ev = r.data;
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
			return;
		}
		const c = checkEvent(ev, { file, row, categories, sources: sourceIds });
		issues.push(...c.issues);
		if (!c.time || c.issues.some((x) => x.severity === 'error')) return;
		seen.set(ev.id, row);
		kept.push(ev);
		events.push(toAtlasEvent(ev, c.time));
	});
	issues.push(...relatedIssues(kept, seen, file));
	sortByTime(events);
	events.forEach((e, i) => (e.order = i));
	// The dataset keeps the author's order; the derived events are in time order.
	const dataset: Dataset = { meta, sources, events: kept };
	return { dataset, events, issues };
}
