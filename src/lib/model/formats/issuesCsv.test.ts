import { describe, expect, it } from 'vitest';
import type { Issue } from '../types';
import { readCsvRecords } from './csvRecords';
import { ISSUE_COLUMNS, issuesToCsv } from './issuesCsv';

const issue = (over: Partial<Issue>): Issue => ({
	file: 'sheet.csv',
	row: 3,
	field: 'start',
	expected: 'a date',
	received: '"2020-13-45"',
	severity: 'error',
	...over
});

describe('issuesToCsv', () => {
	it('writes a header and one line per issue, in order', () => {
		const issues = Array.from({ length: 250 }, (_, k) => issue({ row: k + 2 }));
		const lines = issuesToCsv(issues).trimEnd().split('\n');
		expect(lines[0]).toBe(ISSUE_COLUMNS.join(','));
		expect(lines).toHaveLength(251);
		expect(lines[250]).toBe('sheet.csv,251,start,error,,a date,"""2020-13-45"""');
	});

	it.each<[string, Partial<Issue>, number, string]>([
		['no row: an empty cell', { row: undefined }, 1, ''],
		['an id', { id: 'a-rally' }, 4, 'a-rally'],
		['a formula received', { received: '=HYPERLINK("http://x")' }, 6, `'=HYPERLINK("http://x")`],
		['a formula in a field name', { field: '@SUM(A1)' }, 2, `'@SUM(A1)`],
		['a comma and a line break', { received: 'a,b\nc' }, 6, 'a,b\nc'],
		['a warning', { severity: 'warning' }, 3, 'warning'],
		['a negative number is no formula', { received: '-12.5' }, 6, '-12.5']
	])('%s', (_, over, column, cell) => {
		const rows = readBack(issuesToCsv([issue(over)]));
		expect(rows).toHaveLength(2);
		expect(rows[1]![column]).toBe(cell);
	});
});

/** The cells of each record, as a spreadsheet reads them. */
function readBack(text: string): string[][] {
	const { records, problems } = readCsvRecords(text, ',');
	expect(problems).toEqual([]);
	return records.map((r) => r.cells);
}
