/**
 * The bundled datasets, served as static JSON (`/data/<name>.json`) from `data/<name>/dataset.json`.
 * Prerendered: the built site holds one file per dataset.
 */
import { error } from '@sveltejs/kit';
import { siteDataset } from '$lib/server/siteDataset';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const files = import.meta.glob('/data/*/dataset.json', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const byName = new Map(
	Object.entries(files).map(([path, text]) => [path.split('/')[2] ?? '', text] as const)
);
// A site built with a dataset of its own (`npm run data -- site`) serves it too.
const own = siteDataset();
if (own) byName.set(...own);

/** Every bundled dataset's name. */
export const entries: EntryGenerator = () => [...byName.keys()].map((name) => ({ name }));

export const GET: RequestHandler = ({ params }) => {
	const text = byName.get(params.name);
	if (text === undefined) error(404, `No bundled dataset named "${params.name}"`);
	// Minified: the authors' file is indented for reading.
	return new Response(JSON.stringify(JSON.parse(text)), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
