import { browser } from '$app/environment';
import { parseEmbedParams } from '$lib/embed/embedParams';
import { startViewCode } from '$lib/embed/viewCode';
import type { PageLoad } from './$types';
import { parseBundled } from '../bundledDataset';

/** The bundled dataset, parsed on the server when prerendering and again in the browser. */
export const load: PageLoad = ({ data }) => {
	// The views' code starts downloading now, while the page hydrates.
	if (browser) startViewCode(parseEmbedParams(location.search).params.view);
	return parseBundled(data);
};
