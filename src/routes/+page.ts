import { parseDataset } from '$lib/model/parseDataset';
import type { PageLoad } from './$types';

/**
 * The bundled dataset is parsed like any other (the one way in for data), on the server when the
 * page is prerendered and again in the browser, with its computed series from the build.
 */
export const load: PageLoad = async ({ data }) => {
	const result = await parseDataset(data.dataset, `data/${data.name}/dataset.json`, {
		series: data.series
	});
	return { ...data, result };
};
