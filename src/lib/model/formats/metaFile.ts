/**
 * The meta file an import can take (`--meta meta.json`, or `<name>.meta.json` beside a CSV, which
 * `export --to csv` writes): `{ "meta": {…}, "sources": […] }`. A bare meta object (with `title`
 * and `categories` at the top) is accepted too.
 */

/** Meta and sources as found in a meta file (checked later by `assembleDataset`). */
export interface MetaFileContent {
	meta?: unknown;
	sources?: unknown[];
}

/** Split a parsed meta file into meta and sources; anything else is a problem message. */
export function splitMetaFile(value: unknown): MetaFileContent | { problem: string } {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		return { problem: 'an object with "meta" and "sources"' };
	}
	const obj = value as Record<string, unknown>;
	if ('meta' in obj || 'sources' in obj) {
		if (obj.sources !== undefined && !Array.isArray(obj.sources)) {
			return { problem: '"sources" to be a list' };
		}
		return { meta: obj.meta, sources: obj.sources as unknown[] | undefined };
	}
	return { meta: obj };
}
