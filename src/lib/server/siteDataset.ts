/**
 * The dataset a build is made with. A plain build uses the bundled Quds Day dataset;
 * `npm run data -- site <file>` builds with the reader's own, passed through the environment
 * (read at build time only: the pages are prerendered), so the site it writes needs no server.
 */
import { readFileSync } from 'node:fs';

/** The name of the default dataset (`CHRONOATLAS_DATASET_NAME`, else the bundled one). */
export const DEFAULT_DATASET = process.env.CHRONOATLAS_DATASET_NAME || 'quds-day';

/**
 * The site's own dataset file (`CHRONOATLAS_DATASET_FILE`, canonical JSON written by the `site`
 * command) as `[name, text]`, or null for a plain build.
 */
export function siteDataset(): [name: string, text: string] | null {
	const file = process.env.CHRONOATLAS_DATASET_FILE;
	if (!file) return null;
	return [DEFAULT_DATASET, readFileSync(file, 'utf8')];
}
