/**
 * The bundled dataset, for the pages built with it (the explorer and the embed): read when the page
 * is prerendered, and parsed on the server and again in the browser.
 */
import { parseDataset } from '$lib/model/parseDataset';
import type { readBundled } from './bundledDataset.server';

/**
 * The bundled dataset is parsed like any other (the one way in for data), on the server when the
 * page is prerendered and again in the browser, with its computed series from the build.
 */
export async function parseBundled<T extends Awaited<ReturnType<typeof readBundled>>>(data: T) {
	const result = await parseDataset(data.dataset, `data/${data.name}/dataset.json`, {
		series: data.series
	});
	return { ...data, result };
}
