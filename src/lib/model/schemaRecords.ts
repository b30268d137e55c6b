/**
 * The zod schema's side of parsing: what the fast path (fastRecords.ts) does not take is read
 * here, and the schema's issues are worded in our issue shape. Loaded only when a record needs it.
 */
import type * as z from 'zod';
import * as S from './schema';
import type { Event, Issue, Meta, Source } from './types';
import { describe } from './issue';
import { OKABE_ITO } from './okabeIto';

/**
 * A value the schema accepted (with its defaults) and the warnings about parts of it that were
 * dropped, or the issues it reported.
 */
export type Checked<T> = { ok: true; data: T; issues: Issue[] } | { ok: false; issues: Issue[] };

function at(obj: unknown, path: PropertyKey[]): unknown {
	let cur: unknown = obj;
	for (const k of path) {
		// Own properties only: a path through data keys never reaches the prototype.
		if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, k)) return undefined;
		cur = (cur as Record<PropertyKey, unknown>)[k as string];
	}
	return cur;
}

/** Field names for a message: the first five, then how many more (a record may have a million). */
function someKeys(keys: readonly string[]): string {
	const shown = keys.slice(0, 5).map((k) => (k.length > 40 ? describe(k) : k));
	return keys.length > 5 ? `${shown.join(', ')} and ${keys.length - 5} more` : shown.join(', ');
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
			return `no unknown field (${someKeys(issue.keys)})`;
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
			issue.code === 'unrecognized_keys' ? someKeys(issue.keys) : describe(at(input, issue.path));
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

/** A path in a record; `*` stands for any list position. */
type Pattern = readonly (string | '*')[];

/**
 * Where a problem costs only that part of the record: the optional fields and the items of lists
 * (a bad link, tag or citation), dropped with a warning so the rest of the record stays. A problem
 * anywhere else (a required field, an unknown field of the record) still rejects the record.
 * The most specific pattern matching a problem's path says what is dropped.
 */
const DROPPABLE: Record<'event' | 'source' | 'meta', readonly Pattern[]> = {
	event: [
		['dateNote'],
		['computed'],
		...['tags', 'actors', 'sources', 'disputes', 'related', 'links'].flatMap((k) => [
			[k],
			[k, '*']
		]),
		// A note from the record: a bad link or quote costs only itself, a bad note only the note.
		['record'],
		['record', '*'],
		['record', '*', 'url'],
		['record', '*', 'quote'],
		['place', 'note'],
		['place', 'country'],
		['place', 'linked'],
		['place', 'linked', '*'],
		['media'],
		['media', 'alt'],
		['media', 'caption'],
		['media', 'credit'],
		['media', 'licence']
	],
	source: [['publisherInferred'], ['written'], ['writtenNote'], ['url'], ['file']],
	meta: [
		['id'],
		['description'],
		['language'],
		['story'],
		['story', '*'],
		['stories'],
		['stories', '*'],
		['stories', '*', 'intro'],
		['stories', '*', 'steps', '*'],
		['stories', '*', 'steps', '*', 'note'],
		['computedSeries'],
		['computedSeries', '*'],
		['attribution'],
		['categories', '*', 'shape'],
		// Required, but one bad colour should not cost the dataset: a palette colour replaces it.
		['categories', '*', 'colour']
	]
};

/** The most specific droppable prefix of `path`, or null when the problem is not in one. */
function droppablePrefix(
	path: readonly PropertyKey[],
	patterns: readonly Pattern[]
): PropertyKey[] | null {
	let best: Pattern | null = null;
	for (const p of patterns) {
		if (p.length > path.length || (best && p.length <= best.length)) continue;
		let match = true;
		for (let i = 0; i < p.length && match; i++)
			match = p[i] === '*' ? typeof path[i] === 'number' : p[i] === path[i];
		if (match) best = p;
	}
	return best ? path.slice(0, best.length) : null;
}

function isContainer(v: unknown): v is Record<PropertyKey, unknown> | unknown[] {
	return v !== null && typeof v === 'object';
}

/**
 * A copy of `input` without the parts at `drops` (list items are filtered out, fields deleted),
 * and with `sets` applied. Only the containers along those paths are copied: the input is never
 * changed.
 */
function withoutParts(
	input: unknown,
	drops: readonly PropertyKey[][],
	sets: readonly [PropertyKey[], unknown][]
): unknown {
	const copies = new Map<object, Record<PropertyKey, unknown> | unknown[]>();
	const copy = (v: Record<PropertyKey, unknown> | unknown[]) => {
		let c = copies.get(v);
		if (!c) {
			c = Array.isArray(v) ? v.slice() : { ...v };
			copies.set(v, c);
			copies.set(c, c);
		}
		return c;
	};
	if (!isContainer(input)) return input;
	const root = copy(input);
	/** Item positions to remove, by (copied) list. */
	const removed = new Map<unknown[], Set<number>>();
	const parentOf = (path: readonly PropertyKey[]) => {
		let cur: Record<PropertyKey, unknown> | unknown[] = root;
		for (let i = 0; i < path.length - 1; i++) {
			const k = path[i]!;
			const next = Object.hasOwn(cur, k) ? (cur as Record<PropertyKey, unknown>)[k] : undefined;
			if (!isContainer(next)) return null;
			const c = copy(next);
			(cur as Record<PropertyKey, unknown>)[k] = c;
			cur = c;
		}
		return cur;
	};
	for (const [path, value] of sets) {
		const parent = parentOf(path);
		if (parent) (parent as Record<PropertyKey, unknown>)[path[path.length - 1]!] = value;
	}
	for (const path of drops) {
		const parent = parentOf(path);
		const last = path[path.length - 1]!;
		if (!parent) continue;
		if (Array.isArray(parent) && typeof last === 'number') {
			let set = removed.get(parent);
			if (!set) removed.set(parent, (set = new Set()));
			set.add(last);
		} else delete (parent as Record<PropertyKey, unknown>)[last];
	}
	for (const [list, positions] of removed) {
		let w = 0;
		for (let r = 0; r < list.length; r++) if (!positions.has(r)) list[w++] = list[r];
		list.length = w;
	}
	return root;
}

/**
 * Parse with `schema`; when every problem lies in a droppable part of the record (`DROPPABLE`),
 * parse again without those parts and return the record with one warning per problem. Otherwise
 * the problems are errors, as the schema reported them.
 */
function parseKeeping<T>(
	schema: z.ZodType<T>,
	patterns: readonly Pattern[],
	v: unknown,
	report: (error: z.ZodError) => Issue[]
): Checked<T> {
	const r = schema.safeParse(v);
	if (r.success) return { ok: true, data: r.data, issues: [] };
	const drops: PropertyKey[][] = [];
	const sets: [PropertyKey[], unknown][] = [];
	/** What happened to the part of each problem, in the schema's order. */
	const notes: string[] = [];
	for (const issue of r.error.issues) {
		const prefix = droppablePrefix(issue.path, patterns);
		if (!prefix) return { ok: false, issues: report(r.error) };
		if (prefix[prefix.length - 1] === 'colour') {
			const colour = OKABE_ITO[Number(prefix[prefix.length - 2]) % OKABE_ITO.length]!;
			sets.push([prefix, colour]);
			notes.push(`used ${colour}`);
		} else {
			drops.push(prefix);
			notes.push(
				prefix.length === issue.path.length ? 'dropped' : `${prefix.map(String).join('.')} dropped`
			);
		}
	}
	const again = schema.safeParse(withoutParts(v, drops, sets));
	if (!again.success) return { ok: false, issues: report(r.error) };
	const issues = report(r.error);
	for (let i = 0; i < issues.length; i++) {
		const x = issues[i]!;
		x.severity = 'warning';
		x.received = `${x.received} (${notes[i]})`;
	}
	return { ok: true, data: again.data, issues };
}

/**
 * The schema's checks of one record each, in our issue shape. A problem only in an optional
 * part of the record (`DROPPABLE`) drops that part with a warning and keeps the record.
 */
export const schemaRecords = {
	meta(v: unknown, file: string): Checked<Meta> {
		return parseKeeping(S.Meta, DROPPABLE.meta, v, (e) => zodIssues(e, v, file, 'meta'));
	},
	source(v: unknown, file: string, i: number): Checked<Source> {
		// Sources are not rows of events: the field path says which one, without a row.
		return parseKeeping(S.Source, DROPPABLE.source, v, (e) =>
			zodIssues(e, v, file, `sources.${i}`)
		);
	},
	event(v: unknown, file: string, row: number, id: string | undefined): Checked<Event> {
		return parseKeeping(S.Event, DROPPABLE.event, v, (e) => zodIssues(e, v, file, '', row, id));
	}
};
