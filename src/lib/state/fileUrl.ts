/**
 * What the address bar says while a file the reader opened is shown: `?file=<name>`. The file
 * itself stays in this browser (IndexedDB), so the parameter only tells a reload to restore it;
 * elsewhere it cannot, and the explorer says so. Pure, so it is unit-tested.
 */

/** The parameter naming the opened file. */
export const FILE_PARAM = 'file';

/** The opened file's name in a page address, or null. */
export function fileParamOf(href: string): string | null {
	const v = new URL(href).searchParams.get(FILE_PARAM);
	return v ? v : null;
}

/**
 * The page address showing file `name` (or, with null, the bundled dataset): `data` and `dataset`
 * are dropped (they would load instead of the file), every other parameter and the hash kept.
 */
export function withFileParam(href: string, name: string | null): string {
	const u = new URL(href);
	u.searchParams.delete('data');
	u.searchParams.delete('dataset');
	u.searchParams.delete('format');
	u.searchParams.delete(FILE_PARAM);
	if (name !== null) u.searchParams.set(FILE_PARAM, name);
	return u.href;
}
