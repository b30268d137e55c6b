import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The hashes of src/app.html's own inline scripts (the theme before first paint, the ?data=
 * prefetch), so the Content-Security-Policy allows exactly them and no other inline script.
 * Computed at build: edit a script and its hash follows.
 */
function appHtmlScriptHashes() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	return [...html.matchAll(/<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/g)].map(
		(m) => /** @type {const} */ (`sha256-${createHash('sha256').update(m[1]).digest('base64')}`)
	);
}

/**
 * Kit options live here (not in vite.config.ts): the static build can be hosted anywhere,
 * including under a sub-path given by BASE_PATH (e.g. BASE_PATH=/chronoatlas npm run build).
 *
 * The Content-Security-Policy is a <meta http-equiv> tag in every prerendered page (a static
 * host sends no headers of ours, so `frame-ancestors` cannot be set here). Scripts: our own files
 * and hashed inline scripts only, never 'unsafe-inline' or 'unsafe-eval'. Styles allow
 * 'unsafe-inline': Svelte, Leaflet and vis-timeline put style attributes on elements. Images and
 * `?data=` downloads may come from any http(s) address; workers from blob: (app.html's prefetch).
 * @type {import('@sveltejs/kit').Config}
 */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// CHRONOATLAS_BUILD_DIR: where `npm run data -- site` writes its copy (default build/).
		adapter: adapter({
			pages: process.env.CHRONOATLAS_BUILD_DIR ?? 'build',
			assets: process.env.CHRONOATLAS_BUILD_DIR ?? 'build',
			fallback: '404.html',
			strict: true
		}),
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		// The first view's stylesheets go inline: five small files (about 6 KB gzip) each a
		// render-blocking request before the first paint.
		inlineStyleThreshold: 16_384,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appHtmlScriptHashes()],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:', 'https:', 'http:'],
				'connect-src': ['self', 'https:', 'http:'],
				'worker-src': ['self', 'blob:'],
				'font-src': ['self', 'data:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
