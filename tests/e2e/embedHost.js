/**
 * For the embed's browser tests: a host page server on its own origin (an article with embeds,
 * a page using the real pym.js 1.3.2), and the build's files of each map and timeline library,
 * read from Vite's manifest, to tell which of them a page downloaded.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { listenLocal } from './browser.js';
import { REPO_ROOT } from './helpers.js';

const FIXTURES = join(REPO_ROOT, 'tests', 'e2e', 'fixtures', 'embed');
const PYM = join(REPO_ROOT, 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js');

/**
 * Serve the host pages of tests/e2e/fixtures/embed on 127.0.0.1 (another origin than the site),
 * with `{{SITE}}` replaced by `site` (the site's root URL, with its trailing slash), and pym.js at
 * `/pym.v1.min.js`.
 *
 * @param {string} site
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveHost(site) {
	const server = createServer(async (req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		try {
			if (path === '/pym.v1.min.js') {
				res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
				return res.end(await readFile(PYM));
			}
			if (!/^\/[a-z-]+\.html$/.test(path)) throw new Error('not a fixture');
			const html = (await readFile(join(FIXTURES, path.slice(1)), 'utf8')).replaceAll(
				'{{SITE}}',
				site
			);
			res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
			res.end(html);
		} catch {
			res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end('not found');
		}
	});
	return listenLocal(server);
}

/**
 * The build's JS and CSS files (paths under `_app/`) of each library, from Vite's manifest: the
 * library's modules, and the stylesheet of the view that imports its CSS (Vite names it after
 * the view: `_MapView.<hash>.css`).
 *
 * @returns {Promise<{ timeline: string[], map: string[] }>}
 */
export async function libraryFiles() {
	const manifest = /** @type {Record<string, { file: string, css?: string[] }>} */ (
		JSON.parse(
			await readFile(
				join(REPO_ROOT, '.svelte-kit', 'output', 'client', '.vite', 'manifest.json'),
				'utf8'
			)
		)
	);
	/** @param {RegExp} modules @param {RegExp} styled */
	const files = (modules, styled) => {
		/** @type {Set<string>} */
		const out = new Set();
		for (const [key, entry] of Object.entries(manifest)) {
			if (modules.test(key) || styled.test(key)) out.add(entry.file);
			for (const css of modules.test(key) ? (entry.css ?? []) : []) out.add(css);
		}
		return [...out];
	};
	return {
		timeline: files(/node_modules\/vis-(timeline|data)\//, /^_TimelineView\.[\w-]+\.css$/),
		map: files(/node_modules\/leaflet\//, /^_(MapView|LeafletMap)\.[\w-]+\.css$/)
	};
}
