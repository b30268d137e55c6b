/**
 * Where the benchmark finds the project and writes its results.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Everything the benchmark writes (git-ignored). */
export const RESULTS = join(ROOT, 'bench', 'results');

/** The generated datasets, served as `/bench-data/`. */
export const DATA = join(RESULTS, 'data');
