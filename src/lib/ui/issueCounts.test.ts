import { describe, expect, it } from 'vitest';
import type { Issue } from '$lib/model/types';
import { issueCounts, issueGroups, issueSummary } from './issueCounts';

const issue = (row: number | undefined, severity: Issue['severity'], file = 'd.json'): Issue => ({
	file,
	row,
	field: 'x',
	expected: 'e',
	received: 'r',
	severity
});

// "N rows could not be loaded" counted errors: one event with three bad fields was three rows,
// and a bad source (no row at all) one more.
describe('issueCounts', () => {
	it.each<[string, Issue[], ReturnType<typeof issueCounts>]>([
		['none', [], { rows: 0, problems: 0, warnings: 0 }],
		[
			'three errors of one row',
			[issue(2, 'error'), issue(2, 'error'), issue(2, 'error')],
			{ rows: 1, problems: 0, warnings: 0 }
		],
		[
			'errors of two rows and of the file',
			[issue(2, 'error'), issue(5, 'error'), issue(undefined, 'error')],
			{ rows: 2, problems: 1, warnings: 0 }
		],
		[
			'the same row number in two files',
			[issue(2, 'error', 'a.json'), issue(2, 'error', 'a.json#eras')],
			{ rows: 2, problems: 0, warnings: 0 }
		],
		[
			'warnings, also on a row with an error',
			[issue(2, 'error'), issue(2, 'warning'), issue(undefined, 'warning')],
			{ rows: 1, problems: 0, warnings: 2 }
		]
	])('%s', (_name, issues, counts) => {
		expect(issueCounts(issues)).toEqual(counts);
	});
});

describe('issueSummary', () => {
	it.each([
		[{ rows: 3, problems: 0, warnings: 0 }, '3 rows could not be loaded'],
		[
			{ rows: 1, problems: 1, warnings: 2 },
			'1 row could not be loaded; 1 other problem; 2 warnings'
		],
		[{ rows: 0, problems: 2, warnings: 0 }, '2 problems'],
		[{ rows: 0, problems: 0, warnings: 1200 }, '1,200 warnings']
	])('%j → %s', (counts, text) => {
		expect(issueSummary(counts)).toBe(text);
	});
});

describe('issueGroups', () => {
	const at = (field: string, severity: Issue['severity'] = 'error', row = 2): Issue => ({
		...issue(row, severity),
		field
	});
	it.each<[string, Issue[], [string, Issue['severity'], number][]]>([
		['none', [], []],
		[
			'largest first, then by field',
			[at('start'), at('place.lat'), at('start', 'error', 3), at('category')],
			[
				['start', 'error', 2],
				['category', 'error', 1],
				['place.lat', 'error', 1]
			]
		],
		[
			'list positions folded',
			[at('sources.0.source'), at('sources.12.source'), at('meta.stories.1.steps.3.event')],
			[
				['sources.*.source', 'error', 2],
				['meta.stories.*.steps.*.event', 'error', 1]
			]
		],
		[
			'errors before warnings, each its own group',
			[at('tags'), at('tags', 'warning'), at('tags', 'warning')],
			[
				['tags', 'error', 1],
				['tags', 'warning', 2]
			]
		],
		[
			'a field named like a prototype key',
			[at('__proto__'), at('constructor')],
			[
				['__proto__', 'error', 1],
				['constructor', 'error', 1]
			]
		]
	])('%s', (_, issues, expected) => {
		expect(issueGroups(issues).map((g) => [g.field, g.severity, g.count])).toEqual(expected);
	});

	it('keeps the first issue of each group as its example', () => {
		const first = at('start', 'error', 7);
		expect(issueGroups([first, at('start', 'error', 9)])[0]!.example).toBe(first);
	});
});
