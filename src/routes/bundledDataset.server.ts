/**
 * The dataset the pages are built with, read when they are prerendered: the bundled one, or the
 * one `npm run data -- site` builds with (see `siteDataset`). Others load in the browser
 * (`?dataset=`, `?data=`, a file).
 */
import { base } from '$app/paths';
import { computedSeries } from '$lib/model/computedSeries';
import { countryNamesOf } from '$lib/model/countryNames';
import type { Dataset } from '$lib/model/types';
import { DEFAULT_DATASET } from '$lib/server/siteDataset';

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
