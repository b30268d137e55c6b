/**
 * Sizes of what `/` makes the browser download: the JS and CSS the built index.html references
 * (module preloads, stylesheets and the entry `import()`s of the inline start script), each
 * gzipped with zlib at its default level, as a static host would serve them.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * @typedef {object} FileSize
 * @property {string} path site path, e.g. `/_app/immutable/chunks/abc.js`
 * @property {number} bytes raw size
 * @property {number} gzip gzipped size
 */

/**
 * Raw and gzipped size of one file of the build.
 *
 * @param {string} build the build directory
 * @param {string} path site path (leading slash)
 * @returns {FileSize}
 */
export function fileSize(build, path) {
	const body = readFileSync(join(build, normalize(path)));
	return { path, bytes: body.length, gzip: gzipSync(body).length };
}

/**
 * The JS and CSS `/` loads before any script runs, from build/index.html.
 *
 * @param {string} build the build directory
 * @returns {{ html: FileSize, js: FileSize[], css: FileSize[] }}
 */
export function initialAssets(build) {
	const html = readFileSync(join(build, 'index.html'), 'utf8');
	/** @type {Set<string>} */
	const js = new Set();
	/** @type {Set<string>} */
	const css = new Set();
	/** @param {string} href */
	const site = (href) => `/${href.replace(/^\.?\//, '')}`;
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = m[0];
		const href = /href="([^"]+)"/.exec(tag)?.[1];
		const rel = /rel="([^"]+)"/.exec(tag)?.[1];
		if (!href || /^[a-z]+:/i.test(href)) continue;
		if (rel === 'modulepreload') js.add(site(href));
		else if (rel === 'stylesheet') css.add(site(href));
	}
	for (const m of html.matchAll(/<script\b(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)) {
		for (const i of m[1].matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) js.add(site(i[1]));
		const src = /src="([^"]+)"/.exec(m[0])?.[1];
		if (src && !/^[a-z]+:/i.test(src)) js.add(site(src));
	}
	const exists = (/** @type {string} */ p) => {
		try {
			return statSync(join(build, p)).isFile();
		} catch {
			return false;
		}
	};
	return {
		html: fileSize(build, '/index.html'),
		js: [...js].filter(exists).map((p) => fileSize(build, p)),
		css: [...css].filter(exists).map((p) => fileSize(build, p))
	};
}

/**
 * Sum of raw and gzipped sizes.
 *
 * @param {FileSize[]} files
 * @returns {{ bytes: number, gzip: number }}
 */
export function total(files) {
	return files.reduce((t, f) => ({ bytes: t.bytes + f.bytes, gzip: t.gzip + f.gzip }), {
		bytes: 0,
		gzip: 0
	});
}
