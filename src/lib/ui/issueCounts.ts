/** What the issues panel says about a dataset's issues: rows lost, other problems, warnings. */
import type { Issue } from '$lib/model/types';
import { count } from '$lib/model/count';

/** Issues counted for people: an event row with three errors is one row that did not load. */
export interface IssueCounts {
	/** Distinct rows (file and row) with at least one error: each is an event that did not load. */
	rows: number;
	/** Errors without a row (the file, its meta or its sources). */
	problems: number;
	warnings: number;
}

/** Count rows with errors, other errors and warnings. */
export function issueCounts(issues: readonly Issue[]): IssueCounts {
	const rows = new Set<string>();
	let problems = 0;
	let warnings = 0;
	for (const i of issues) {
		if (i.severity === 'warning') warnings++;
		else if (i.row === undefined) problems++;
		// JSON.stringify keeps "a:1" + 2 apart from "a" + "1:2".
		else rows.add(JSON.stringify([i.file, i.row]));
	}
	return { rows: rows.size, problems, warnings };
}

function plural(n: number, one: string, many: string): string {
	return `${count(n)} ${n === 1 ? one : many}`;
}

/** "2 rows could not be loaded; 1 other problem; 3 warnings" (the parts that are not zero). */
export function issueSummary(c: IssueCounts): string {
	const parts: string[] = [];
	if (c.rows) parts.push(`${plural(c.rows, 'row', 'rows')} could not be loaded`);
	if (c.problems)
		parts.push(
			plural(
				c.problems,
				c.rows ? 'other problem' : 'problem',
				c.rows ? 'other problems' : 'problems'
			)
		);
	if (c.warnings) parts.push(plural(c.warnings, 'warning', 'warnings'));
	return parts.join('; ');
}

/** Issues of one kind: one field (list positions folded, `sources.*.source`), one severity. */
export interface IssueGroup {
	field: string;
	severity: Issue['severity'];
	count: number;
	/** The first of them, to show what went wrong. */
	example: Issue;
}

/**
 * The issues grouped by field and severity, errors (rows lost) before warnings, largest group
 * first: 30,000 bad rows are usually a few columns going wrong the same way.
 */
export function issueGroups(issues: readonly Issue[]): IssueGroup[] {
	// A Map: field names come from the data (a CSV header can say `__proto__`).
	const groups = new Map<string, IssueGroup>();
	for (const i of issues) {
		const field = i.field.replace(/\.\d+(?=\.|$)/g, '.*');
		const key = JSON.stringify([i.severity, field]);
		const g = groups.get(key);
		if (g) g.count++;
		else groups.set(key, { field, severity: i.severity, count: 1, example: i });
	}
	return [...groups.values()].sort(
		(a, b) =>
			Number(a.severity === 'warning') - Number(b.severity === 'warning') ||
			b.count - a.count ||
			(a.field < b.field ? -1 : a.field > b.field ? 1 : 0)
	);
}
