/**
 * The bundled dataset, for the pages built with it (the explorer and the embed): read when the page
 * is prerendered, and parsed on the server and again in the browser.
 */
import { primeCountryNames } from '$lib/model/countryNames';
import { parseDataset } from '$lib/model/parseDataset';
import { Explorer } from '$lib/state/explorer.svelte';
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

/**
 * A page's explorer, showing the bundled dataset at once (its country names primed, so the
 * prerendered page names countries as the browser will). One per page: two embeds are two frames.
 */
export function bundledExplorer(data: Awaited<ReturnType<typeof parseBundled>>): Explorer {
	const explorer = new Explorer();
	primeCountryNames(data.countryNames);
	void explorer.load({ kind: 'parsed', label: data.name, result: data.result });
	return explorer;
}
