/**
 * The gazetteer (`/gazetteer.json`), served as a static file from data/gazetteer/gazetteer.json so
 * the browser resolves place names as the command line does. Prerendered: the built site holds
 * the one copy, and a page fetches it only for a file with place names without coordinates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	// Read at build time from the repository (the build runs at its root), not bundled into code.
	new Response(readFileSync(join(process.cwd(), 'data/gazetteer/gazetteer.json')), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
