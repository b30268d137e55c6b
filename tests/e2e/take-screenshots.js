#!/usr/bin/env node
/**
 * Pictures of the first view for docs/screenshots.md: the built site at six widths, from a small
 * phone to a 4K projector, in the light and the dark theme, at 1× device scale; and, with
 * `--social`, the social preview image (static/social-preview.png, 1200×630).
 *
 * Usage (after `npm run build`): node tests/e2e/take-screenshots.js [--social]
 * With `pngquant` on the PATH (apt-get install pngquant) the PNGs are reduced to a palette of at
 * most 256 colours, about a quarter of the size: the pictures are flat colours and text.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve } from './browser.js';
import { REPO_ROOT } from './helpers.js';

/** The sizes a reader brings: phones, a tablet, a laptop, a desktop, a projector. */
export const SIZES = [
	{ width: 320, height: 640 },
	{ width: 375, height: 812 },
	{ width: 768, height: 1024 },
	{ width: 1280, height: 800 },
	{ width: 1920, height: 1080 },
	{ width: 3840, height: 2160 }
];

const OUT = join(REPO_ROOT, 'docs', 'screenshots');

/** @param {string} file */
function shrink(file) {
	try {
		execFileSync('pngquant', ['--force', '--strip', '--quality=70-95', '--output', file, file]);
	} catch {
		// No pngquant (or it could not reach the quality): keep the full-colour file.
	}
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ width: number, height: number }} viewport
 * @param {'light' | 'dark'} scheme
 * @param {string} file
 */
async function take(browser, url, viewport, scheme, file) {
	const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
	const page = await context.newPage();
	await page.goto(url);
	await page
		.locator('[data-testid="explorer"][data-ready="true"]')
		.waitFor({ state: 'attached', timeout: 30_000 });
	// The basemap's countries are drawn (the markers can come first).
	await page.locator('[data-testid="map"] path').first().waitFor({ timeout: 30_000 });
	await page.evaluate(() => document.fonts.ready);
	await page.screenshot({ path: file });
	await context.close();
	shrink(file);
}

const server = await serve(join(REPO_ROOT, 'build'));
const browser = await launch();
try {
	if (process.argv.includes('--social')) {
		const file = join(REPO_ROOT, 'static', 'social-preview.png');
		await take(browser, server.url, { width: 1200, height: 630 }, 'light', file);
		console.log(file);
	} else {
		mkdirSync(OUT, { recursive: true });
		for (const size of SIZES) {
			for (const scheme of /** @type {const} */ (['light', 'dark'])) {
				const file = join(OUT, `first-view-${size.width}x${size.height}-${scheme}.png`);
				await take(browser, server.url, size, scheme, file);
				console.log(file);
			}
		}
	}
} finally {
	await browser.close();
	await server.close();
}
