/**
 * Opening the explorer on a benchmark dataset in a fresh browser context, timed until it is
 * drawn and responsive (see load-probe.js).
 */
import { installLoadProbe, loadResult } from './load-probe.js';

/** Desktop viewport: the explorer's wide layout (filters, list, timeline, map, detail). */
export const VIEWPORT = Object.freeze({ width: 1280, height: 800 });

/**
 * Collect page errors (uncaught exceptions and console.error) as they happen.
 *
 * @param {import('playwright-core').Page} page
 * @returns {string[]}
 */
export function pageErrors(page) {
	/** @type {string[]} */
	const errors = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	return errors;
}

/**
 * The explorer's URL for a dataset, with extra query parameters.
 *
 * @param {string} base the site root
 * @param {number} size
 * @param {Record<string, string>} [extra]
 * @returns {string}
 */
export function explorerUrl(base, size, extra = {}) {
	const q = new URLSearchParams({ data: `/bench-data/synth-${size}.json`, ...extra });
	return `${base}?${q.toString().replace(/%2F/g, '/')}`;
}

/**
 * Load the explorer on a dataset in a fresh context; resolves once drawn and responsive.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {number} size
 * @param {number} timeoutMs
 * @returns {Promise<{ context: import('playwright-core').BrowserContext,
 *   page: import('playwright-core').Page, load: any, errors: string[] }>}
 */
export async function openExplorer(browser, url, size, timeoutMs) {
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	const errors = pageErrors(page);
	await page.addInitScript(installLoadProbe, { n: size });
	await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
	const load = /** @type {any} */ (await page.evaluate(loadResult, { timeoutMs }));
	// Rows the app rejected open a panel above the views that pushes the map out of the
	// 800 px viewport: fold it (after the load was timed) so the views are on screen.
	load.issues = await page.evaluate(async () => {
		const panel = /** @type {HTMLDetailsElement | null} */ (
			document.querySelector('[data-testid="dataset-issues"]')
		);
		if (!panel) return null;
		const text = panel.querySelector('summary')?.textContent?.trim() ?? '';
		if (panel.open) {
			panel.open = false;
			for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
		}
		return text;
	});
	return { context, page, load, errors };
}
