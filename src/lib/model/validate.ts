/**
 * Validating a dataset: returns what loaded and what did not, never throws on user data, and
 * never mutates its input. Each event is checked on its own, so one bad event costs only itself;
 * every dropped event is reported with file, row and field.
 */
import type * as z from 'zod';
import * as S from './schema';
import type { Issue } from './types';
import { describe, type LoadResult } from './issues';
import { validateWith, type SchemaPath } from './validateCore';
// Dates the fast path does not take are parsed by the `edtf` package from here on.
import './edtfFull';

export { byTime, describe, formatIssue, type LoadResult } from './issues';
export { checkEvent, relatedIssues } from './validateCore';

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

/** The zod schema's checks, in our issue shape, for what the fast paths leave to it. */
export const schemaPath: SchemaPath = {
	meta(v, file) {
		const r = S.Meta.safeParse(v);
		return r.success
			? { ok: true, data: r.data }
			: { ok: false, issues: zodIssues(r.error, v, file, 'meta') };
	},
	source(v, file, i) {
		const r = S.Source.safeParse(v);
		return r.success
			? { ok: true, data: r.data }
			: { ok: false, issues: zodIssues(r.error, v, file, `sources.${i}`, i + 1) };
	},
	event(v, file, row, id) {
		const r = S.Event.safeParse(v);
		return r.success
			? { ok: true, data: r.data }
			: { ok: false, issues: zodIssues(r.error, v, file, '', row, id) };
	}
};

/**
 * Validate a whole dataset (already parsed from JSON). Bad events are dropped and reported;
 * valid ones are returned sorted by time with derived fields.
 */
export function validateDataset(raw: unknown, file: string): LoadResult {
	return validateWith(raw, file, schemaPath);
}
