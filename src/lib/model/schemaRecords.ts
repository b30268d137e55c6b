/**
 * The zod schema's side of parsing: what the fast path (fastRecords.ts) does not take is read
 * here, and the schema's issues are worded in our issue shape. Loaded only when a record needs it.
 */
import type * as z from 'zod';
import * as S from './schema';
import type { Event, Issue, Meta, Source } from './types';
import { describe } from './issue';

/** A value the schema accepted (with its defaults), or the issues it reported. */
export type Checked<T> = { ok: true; data: T } | { ok: false; issues: Issue[] };

function at(obj: unknown, path: PropertyKey[]): unknown {
	let cur: unknown = obj;
	for (const k of path) {
		// Own properties only: a path through data keys never reaches the prototype.
		if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, k)) return undefined;
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

/** The schema's checks of one record each, in our issue shape. */
export const schemaRecords = {
	meta(v: unknown, file: string): Checked<Meta> {
		const r = S.Meta.safeParse(v);
		return r.success
			? { ok: true, data: r.data }
			: { ok: false, issues: zodIssues(r.error, v, file, 'meta') };
	},
	source(v: unknown, file: string, i: number): Checked<Source> {
		const r = S.Source.safeParse(v);
		return r.success
			? { ok: true, data: r.data }
			: // Sources are not rows of events: the field path says which one, without a row.
				{ ok: false, issues: zodIssues(r.error, v, file, `sources.${i}`) };
	},
	event(v: unknown, file: string, row: number, id: string | undefined): Checked<Event> {
		const r = S.Event.safeParse(v);
		return r.success
			? { ok: true, data: r.data }
			: { ok: false, issues: zodIssues(r.error, v, file, '', row, id) };
	}
};
