/**
 * The door for datasets from anywhere (a URL, a file the reader chose): the full validator, which
 * reports every problem, then the same derivation as trusted data. Loaded only when needed.
 */
import { withSeries } from './load';
import { validateDataset, type LoadResult } from './validate';

/** Validate and derive a dataset from anywhere. */
export function loadUntrusted(raw: unknown, file: string): LoadResult {
	const r = validateDataset(raw, file);
	if (r.dataset) withSeries(r.dataset, r.events, r.issues, file);
	return r;
}
