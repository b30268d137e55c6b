import { base } from '$app/paths';
import type { Dataset } from '$lib/model/types';
import type { PageLoad } from './$types';

/** The dataset the page is built with (others load in the browser: `?dataset=`, `?data=`). */
const DEFAULT_DATASET = 'quds-day';

export const load: PageLoad = async ({ fetch }) => {
	// Prerendering inlines this response into the page, so the first view needs no request.
	const res = await fetch(`${base}/data/${DEFAULT_DATASET}.json`);
	const dataset = (await res.json()) as Dataset;
	return { name: DEFAULT_DATASET, dataset };
};
