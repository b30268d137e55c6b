/**
 * The door for datasets from anywhere (a URL, a file the reader chose): the full validator, which
 * reports every problem, then the same derivation as trusted data. Loaded only when needed.
 * The zod schema (validate.ts) is loaded in turn only when the dataset has something the fast
 * paths do not take (disputes, or anything invalid): a plain dataset of any size skips its
 * download, compiling and set-up.
 */
import { withSeries } from './load';
import type { LoadResult } from './issues';
import { validateWith } from './validateCore';

/** Validate and derive a dataset from anywhere. */
export async function loadUntrusted(raw: unknown, file: string): Promise<LoadResult> {
	const fast = validateWith(raw, file, null);
	let r: LoadResult;
	if ('needsSchema' in fast) {
		const { schemaPath } = await import('./validate');
		r = validateWith(raw, file, schemaPath, fast.parsed);
	} else r = fast;
	if (r.dataset) withSeries(r.dataset, r.events, r.issues, file);
	return r;
}
