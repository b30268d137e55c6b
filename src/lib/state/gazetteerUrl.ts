/**
 * Where this site serves its gazetteer (see `gazetteerResolver.ts`, which the pages import only
 * when a file needs it: this is all they carry).
 */
import { base } from '$app/paths';

/** The gazetteer's file, below the site's base path (`routes/gazetteer.json`). */
export const GAZETTEER_FILE = 'gazetteer.json';

/** The gazetteer's absolute address (a worker needs one), or null outside a page. */
export function gazetteerUrl(): string | null {
	if (typeof location === 'undefined') return null;
	return new URL(`${base}/${GAZETTEER_FILE}`, location.href).href;
}
