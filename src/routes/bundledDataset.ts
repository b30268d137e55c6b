/**
 * The bundled dataset, for the pages built with it (the explorer and the embed): read when the page
 * is prerendered, and parsed on the server and again in the browser.
 */
import { base } from '$app/paths';
import { computedSeries } from '$lib/model/computedSeries';
import { countryNamesOf } from '$lib/model/countryNames';
import { parseDataset } from '$lib/model/parseDataset';
import type { Dataset } from '$lib/model/types';

/** The dataset the pages are built with (others load in the browser: `?dataset=`, `?data=`). */
export const DEFAULT_DATASET = 'quds-day';

/**
 * Runs when the page is prerendered: its result is written into the page, so the first view
 * needs no request, and the computed series (Quds Day dates from the Umm al-Qura calendar,
 * `meta.computedSeries`) are worked out once at build time instead of in every reader's browser,
 * and so are the names of its countries (see `primeCountryNames`).
 */
export async function readBundled(fetch: typeof globalThis.fetch) {
	const res = await fetch(`${base}/data/${DEFAULT_DATASET}.json`);
	const dataset = (await res.json()) as Dataset;
	return {
		name: DEFAULT_DATASET,
		dataset,
		series: computedSeries(dataset),
		countryNames: countryNamesOf(dataset.events)
	};
}

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
