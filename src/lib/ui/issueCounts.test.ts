import { describe, expect, it } from 'vitest';
import type { Issue } from '$lib/model/types';
import { issueCounts, issueSummary } from './issueCounts';

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
