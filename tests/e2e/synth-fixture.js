/**
 * Synthetic datasets for the browser tests at scale, written as JSON files a test serves with
 * `serveData()` and opens with `?data=<url>`. The generator is the app's own
 * `synthDataset(count, seed)` (src/lib/model/synth.ts), imported through tsx so Node runs the
 * TypeScript without a build step.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

/**
 * @typedef {object} SynthEvent
 * @property {string} id
 * @property {string} title
 * @property {string} summary
 * @property {string} category
 * @property {string[]} [actors]
 * @property {string} [computed]
 * @property {{ name: string, lat?: number, lon?: number, precision: string }} place
 */

/**
 * @typedef {object} SynthDataset
 * @property {{ title: string, computedSeries?: string[] }} meta
 * @property {SynthEvent[]} events
 */

/**
 * The app's deterministic synthetic dataset: the same for the same count and seed.
 *
 * @param {number} count
 * @param {number} seed
 * @returns {Promise<SynthDataset>}
 */
export async function synthDataset(count, seed) {
	/** @type {{ synthDataset: (count: number, seed: number) => SynthDataset }} */
	const mod = await tsImport('../../src/lib/model/synth.ts', import.meta.url);
	return mod.synthDataset(count, seed);
}

/**
 * Write `synth-<count>.json` (seed `seed`) into `dir`.
 *
 * @param {string} dir
 * @param {number} count
 * @param {number} [seed] default 7
 * @returns {Promise<{ file: string, name: string, dataset: SynthDataset }>} `name` is the file
 *   name, to append to the data server's URL
 */
export async function writeSynthDataset(dir, count, seed = 7) {
	const dataset = await synthDataset(count, seed);
	const name = `synth-${count}.json`;
	const file = join(dir, name);
	await writeFile(file, JSON.stringify(dataset));
	return { file, name, dataset };
}
