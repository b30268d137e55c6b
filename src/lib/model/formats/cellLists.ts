/**
 * Lists and nested values inside one spreadsheet cell, as the CSV template writes them:
 *
 * - a list (tags, actors, related, links): items separated by `;`, spaces around items ignored,
 *   e.g. `protest; students`. When an item itself holds `;`, edge spaces or is empty, the cell is
 *   a JSON list instead: `["a;b", " c"]` (a cell starting with `[` and ending with `]`).
 * - sources: `source-id@locator` items separated by `;`, e.g. `bbc-2020@para. 3; irna@headline`,
 *   or a JSON list of `{ "source", "locator", "quote", "url" }` objects (needed for quotes and
 *   links).
 * - disputes, record notes, linked places: always a JSON list.
 *
 * Parsing returns values for the schema to check, or a problem; it never throws.
 */
import { describe } from '../issue';

/** A parsed cell or why it could not be read. */
export type CellResult<T> =
	{ ok: true; value: T } | { ok: false; expected: string; received: string };

function looksLikeJsonList(cell: string): boolean {
	const t = cell.trim();
	return t.startsWith('[') && t.endsWith(']');
}

/** Parse a JSON list cell; an empty cell is `undefined`. */
export function parseJsonListCell(cell: string, what: string): CellResult<unknown[] | undefined> {
	if (cell.trim() === '') return { ok: true, value: undefined };
	try {
		const v: unknown = JSON.parse(cell);
		if (Array.isArray(v)) return { ok: true, value: v };
		return { ok: false, expected: `a JSON list of ${what}`, received: 'JSON that is not a list' };
	} catch (e) {
		return {
			ok: false,
			expected: `a JSON list of ${what} (see docs/data.md)`,
			received: `invalid JSON (${e instanceof Error ? e.message : String(e)})`
		};
	}
}

/** Parse a list cell: `a; b; c` or a JSON list. An empty cell is an empty list. */
export function parseListCell(cell: string): CellResult<unknown[]> {
	if (looksLikeJsonList(cell)) {
		const r = parseJsonListCell(cell, 'texts');
		return r.ok ? { ok: true, value: r.value ?? [] } : r;
	}
	return {
		ok: true,
		value: cell
			.split(';')
			.map((s) => s.trim())
			.filter((s) => s !== '')
	};
}

/** Whether items can be written as `a; b` and read back unchanged. */
function simpleItems(items: readonly string[]): boolean {
	if (items.some((s) => s === '' || s !== s.trim() || s.includes(';'))) return false;
	return !looksLikeJsonList(items.join('; '));
}

/** Write a list cell: `a; b; c` when that reads back unchanged, else a JSON list. */
export function formatListCell(items: readonly string[]): string {
	if (items.length === 0) return '';
	return simpleItems(items) ? items.join('; ') : JSON.stringify(items);
}

/** A source citation as the CSV carries it (checked later by the schema). */
export interface SourceRefCell {
	source: string;
	locator: string;
	quote?: string;
	url?: string;
}

/** Parse a sources cell: `id@locator; id@locator` or a JSON list of citations. */
export function parseSourcesCell(cell: string): CellResult<unknown[]> {
	if (looksLikeJsonList(cell)) {
		const r = parseJsonListCell(cell, 'citations {"source", "locator", "quote", "url"}');
		return r.ok ? { ok: true, value: r.value ?? [] } : r;
	}
	const out: SourceRefCell[] = [];
	for (const item of cell.split(';')) {
		const t = item.trim();
		if (t === '') continue;
		const at = t.indexOf('@');
		if (at <= 0 || at === t.length - 1) {
			return {
				ok: false,
				expected: 'citations as source-id@locator separated by ";" (e.g. bbc-2020@para. 3)',
				received: describe(t)
			};
		}
		out.push({ source: t.slice(0, at).trim(), locator: t.slice(at + 1).trim() });
	}
	return { ok: true, value: out };
}

/** Write a sources cell: `id@locator; …` when that reads back unchanged, else a JSON list. */
export function formatSourcesCell(refs: readonly SourceRefCell[]): string {
	if (refs.length === 0) return '';
	const simple = refs.every(
		(r) =>
			r.quote === undefined &&
			r.url === undefined &&
			r.source !== '' &&
			!/[@;\s[\]]/.test(r.source) &&
			r.locator !== '' &&
			r.locator === r.locator.trim() &&
			!r.locator.includes(';')
	);
	if (simple) return refs.map((r) => `${r.source}@${r.locator}`).join('; ');
	return JSON.stringify(
		refs.map((r) =>
			r.quote === undefined && r.url === undefined ? { source: r.source, locator: r.locator } : r
		)
	);
}
