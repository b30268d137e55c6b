/** Printing issues and their counts the same way in every command. */
import { formatIssue } from '../lib/model/issue';
import type { Issue } from '../lib/model/types';

/** Print each issue as `file:row:field: expected …, got …`; returns the counts. */
export function reportIssues(
	print: (line: string) => void,
	issues: Issue[]
): { errors: number; warnings: number; rejectedRows: number } {
	let errors = 0;
	const rows = new Set<string>();
	for (const i of issues) {
		print(formatIssue(i));
		if (i.severity === 'error') {
			errors++;
			// Only errors of a row reject one; the file's own problems are no row.
			if (i.row !== undefined) rows.add(`${i.file}:${i.row}`);
		}
	}
	return { errors, warnings: issues.length - errors, rejectedRows: rows.size };
}
