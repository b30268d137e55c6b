import { describe, expect, it } from 'vitest';
import type { Issue } from '../lib/model/types';
import { reportIssues } from './reportIssues';

const issue = (row: number | undefined, severity: Issue['severity']): Issue => ({
	file: 'e.csv',
	row,
	field: 'x',
	expected: 'e',
	received: 'r',
	severity
});

describe('reportIssues', () => {
	// A file-level error (no row) was counted as a rejected row.
	it('counts rows with errors, not errors, and no row for file-level errors', () => {
		const lines: string[] = [];
		const c = reportIssues(
			(l) => lines.push(l),
			[
				issue(2, 'error'),
				issue(2, 'error'),
				issue(3, 'error'),
				issue(undefined, 'error'),
				issue(4, 'warning')
			]
		);
		expect(c).toEqual({ errors: 4, warnings: 1, rejectedRows: 2 });
		expect(lines).toHaveLength(5);
	});
});
