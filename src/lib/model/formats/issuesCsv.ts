/**
 * Every issue of a load as a CSV file, one issue a line, for the reader to sort and filter in a
 * spreadsheet when there are too many to read in the page (a 50,000-row sheet can have 30,000).
 * Cells a spreadsheet would run as a formula are neutralised: `received` quotes the reader's data.
 */
import type { Issue } from '../types';
import { csvLine, neutralizeFormula } from './csvRecords';

/** The columns, in order. */
export const ISSUE_COLUMNS = [
	'file',
	'row',
	'field',
	'severity',
	'id',
	'expected',
	'received'
] as const;

/** The cells of one issue, formula-safe. */
function issueCells(i: Issue): string[] {
	return [
		i.file,
		i.row === undefined ? '' : String(i.row),
		i.field,
		i.severity,
		i.id ?? '',
		i.expected,
		i.received
	].map(neutralizeFormula);
}

/** The issues as CSV text: a header, then one line per issue, in the order given. */
export function issuesToCsv(issues: readonly Issue[]): string {
	const lines = [csvLine(ISSUE_COLUMNS)];
	for (const i of issues) lines.push(csvLine(issueCells(i)));
	return lines.join('\n') + '\n';
}
