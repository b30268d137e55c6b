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
	const ctx: CheckContext = { file, categories, sources: sourceIds };
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
		ctx.row = row;
		const c = checkEvent(ev, ctx);
		let failed = false;
		for (let k = 0; k < c.issues.length; k++) {
			const x = c.issues[k]!;
			issues.push(x);
			if (x.severity === 'error') failed = true;
		}
		if (!c.time || failed) return;
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
