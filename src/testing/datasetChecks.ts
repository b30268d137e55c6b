/**
 * Checks the hostile-data and property tests make of any import or export result. Test support
 * only: not imported by the app.
 */
import { readCsvRecords } from '../lib/model/formats/csvRecords';
import type { Dataset, Issue } from '../lib/model/types';

/** Every URL a dataset holds in a URL field: links, media and source addresses. */
export function urlFieldsOf(d: Dataset): string[] {
	const out: string[] = [];
	for (const s of d.sources) if (s.url !== undefined) out.push(s.url);
	for (const e of d.events) {
		for (const l of e.links) out.push(l);
		if (e.media) out.push(e.media.url);
	}
	return out;
}

/** An http(s) link: the scheme and nothing a browser would read as another one. */
export function isHttpLink(url: string): boolean {
	if (!/^https?:\/\/\S+$/i.test(url)) return false;
	try {
		const u = new URL(url);
		return u.protocol === 'http:' || u.protocol === 'https:';
	} catch {
		// Not parseable: no browser follows it either.
		return true;
	}
}

/** CSV cells a spreadsheet would run as a formula (not plain numbers). */
export function formulaCells(csv: string): string[] {
	const cells = readCsvRecords(csv).records.flatMap((r) => r.cells);
	return cells.filter(
		(c) => /^[=+\-@\t\r]/.test(c) && !/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(c)
	);
}

/**
 * Whether every input row ended as an event or as an error naming its row: the events kept and
 * the rows with an error add up to the rows given. `rows` counts the input rows; `file` filters
 * issues of one file (TimelineJS eras are reported as `file#eras`).
 */
export function rowsAccounted(
	result: { dataset: Dataset | null; issues: Issue[] },
	rows: number
): { kept: number; rejected: number; rows: number } {
	const rejected = new Set<string>();
	for (const i of result.issues)
		if (i.severity === 'error' && i.row !== undefined) rejected.add(`${i.file}\u0000${i.row}`);
	return { kept: result.dataset?.events.length ?? 0, rejected: rejected.size, rows };
}
