import type { PageLoad } from './$types';

/**
 * The bundled dataset's dates are read in the browser by the fast path; a date that needs the
 * `edtf` package's parser (flagged at build time by +page.server.ts) loads it before the page
 * derives its events.
 */
export const load: PageLoad = async ({ data }) => {
	if (data.needsFullParser) await import('$lib/model/edtfFull');
	return data;
};
