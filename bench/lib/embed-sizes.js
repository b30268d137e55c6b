/**
 * What `/embed` makes the browser download for each of its views, until the view has drawn
 * (`data-ready`): the page's own JS and CSS plus the view's lazily imported chunks (vis-timeline,
 * Leaflet), each gzipped at zlib's default level as a static host serves it. Recorded in a real
 * browser, so a view that pulls in another's library shows up here.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileSize, total } from './sizes.js';
import { fmt, table } from './stats.js';

/** The embed's views, as `?view=` takes them. */
export const EMBED_VIEWS = Object.freeze(['both', 'map', 'timeline', 'list']);

/**
 * @typedef {{ view: string, js: import('./sizes.js').FileSize[],
 *   css: import('./sizes.js').FileSize[] }} EmbedSizes
 */

/**
 * Load `/embed?view=…` for each view in a fresh context and size what it fetched.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} siteUrl the served build's root, with a trailing slash
 * @param {string} build the build directory behind it
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<EmbedSizes[]>}
 */
export async function measureEmbedSizes(browser, siteUrl, build, { timeoutMs = 60_000 } = {}) {
	const prefix = new URL(siteUrl).pathname;
	/** @type {EmbedSizes[]} */
	const out = [];
	for (const view of EMBED_VIEWS) {
		const context = await browser.newContext({ viewport: { width: 640, height: 800 } });
		const page = await context.newPage();
		/** @type {Set<string>} */
		const paths = new Set();
		page.on('request', (r) => {
			const path = new URL(r.url()).pathname;
			if (/\.(js|css)$/.test(path) && path.startsWith(prefix)) paths.add(path.slice(prefix.length));
		});
		try {
			await page.goto(`${siteUrl}embed?view=${view}`);
			await page.locator('[data-ready="true"]').waitFor({ state: 'attached', timeout: timeoutMs });
		} finally {
			await context.close();
		}
		const files = [...paths]
			.filter((p) => existsSync(join(build, p)))
			.map((p) => fileSize(build, `/${p}`));
		out.push({
			view,
			js: files.filter((f) => f.path.endsWith('.js')),
			css: files.filter((f) => f.path.endsWith('.css'))
		});
	}
	return out;
}

/**
 * The report's section.
 *
 * @param {EmbedSizes[]} sizes
 * @returns {string[]}
 */
export function embedTable(sizes) {
	const kib = (/** @type {number} */ v) => fmt(v / 1024, 1);
	const rows = sizes.map((s) => {
		const js = total(s.js);
		const css = total(s.css);
		return [
			`/embed?view=${s.view}`,
			String(s.js.length + s.css.length),
			kib(js.gzip),
			kib(css.gzip),
			kib(js.gzip + css.gzip)
		];
	});
	return [
		'',
		'== Size of /embed per view: JS and CSS fetched until drawn (gzip, zlib default level)',
		table(['page', 'files', 'JS KiB', 'CSS KiB', 'total KiB'], rows, ['l', 'r', 'r', 'r', 'r'])
	];
}
