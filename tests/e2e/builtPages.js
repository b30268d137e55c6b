/**
 * The pages of the build, listed from build/ itself, so tests that must cover every route (the
 * Content-Security-Policy, axe) cover routes added later without being told.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { REPO_ROOT } from './helpers.js';

/** The built site. */
export const BUILD = join(REPO_ROOT, 'build');

/**
 * Every HTML file of the build (outside `_app/`), relative to it, with `/` separators.
 * @param {string} [dir]
 * @returns {Promise<string[]>}
 */
export async function builtPages(dir = BUILD) {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.filter((f) => !f.startsWith('_app/'))
		.sort();
}

/**
 * The path a static host serves a built file at, relative to the site root (`about.html` →
 * `about`, `index.html` → `''`); the 404 page is reached through an address the site lacks.
 * @param {string} file
 */
export function routeOf(file) {
	if (file === '404.html') return 'no-such-page';
	if (file === 'index.html') return '';
	if (file.endsWith('/index.html')) return file.slice(0, -'index.html'.length);
	return file.slice(0, -'.html'.length);
}
