/**
 * The browser measurements: one run of our explorer on a dataset, and one run of each
 * comparison page. Each run gets a fresh browser context (empty cache, its own renderer).
 */
import { VIEWPORT, explorerUrl, openExplorer, pageErrors } from './explorer-page.js';
import { applyFilter } from './filter-probe.js';
import { GESTURES, frameStats } from './gestures.js';
import { runGesture } from './gesture-probe.js';
import { measureSelection } from './selection.js';

/**
 * JS heap in use after a full garbage collection (CDP), in bytes.
 *
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ used: number, total: number }>}
 */
async function heapAfterGc(page) {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send('HeapProfiler.enable');
		await cdp.send('HeapProfiler.collectGarbage');
		const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
		return { used: usedSize, total: totalSize };
	} finally {
		await cdp.detach();
	}
}

/**
 * One run of our explorer on one dataset: load (drawn and responsive), heap, the four gestures,
 * a category filter and a search (each undone after), then selection on a second page load.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} base the site root URL
 * @param {any} info the dataset's summary from prepare-data
 * @param {Set<string>} located
 * @param {{ timeoutMs: number }} opts
 * @returns {Promise<any>}
 */
export async function measureOurs(browser, base, info, located, opts) {
	const { context, page, load, errors } = await openExplorer(
		browser,
		explorerUrl(base, info.size),
		info.size,
		opts.timeoutMs
	);
	try {
		if (load.error) return { error: load.error, errors };
		const heap = await heapAfterGc(page);
		/** @type {Record<string, any>} */
		const frames = {};
		for (const [name, g] of Object.entries(GESTURES)) {
			const target = name.startsWith('timeline')
				? '[data-testid="timeline"] .vis-center'
				: '[data-testid="map"] .map-canvas';
			frames[name] = frameStats(await page.evaluate(runGesture, { ...g, target, maxMs: 20_000 }));
		}
		const category = info.categories[1] ?? info.categories[0];
		/** @param {any} arg */
		const filterStep = (arg) => page.evaluate(applyFilter, { timeoutMs: 10_000, ...arg });
		const filter = await filterStep({ kind: 'category', value: category });
		await filterStep({ kind: 'clear-category', value: category });
		const search = await filterStep({ kind: 'search', value: 'strike' });
		await filterStep({ kind: 'clear-search', value: '' });
		await context.close();
		const selection = await measureSelection(browser, base, info, located, opts.timeoutMs);
		return {
			load,
			heap,
			frames,
			filter: { ...filter, category },
			search: { ...search, query: 'strike' },
			selection,
			errors: [...errors, ...selection.errors]
		};
	} finally {
		await context.close().catch(() => {});
	}
}

/**
 * One run of a comparison page (`vis-naive`, `timelinejs` or `floor`): time until drawn and painted,
 * within a time limit; for vis-timeline also the timeline zoom gesture when it finished.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} base
 * @param {'vis-naive' | 'timelinejs' | 'floor'} which
 * @param {number} size
 * @param {{ limitMs: number, frames: boolean }} opts
 * @returns {Promise<any>} `{ painted, ... }`, `{ dnf: true }` past the limit, or `{ error }`
 */
export async function measureComparison(browser, base, which, size, opts) {
	const context = await browser.newContext({ viewport: VIEWPORT });
	// Nothing leaves this machine (TimelineJS would fetch web fonts or analytics if asked to).
	await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
	const page = await context.newPage();
	const errors = pageErrors(page);
	try {
		await page.goto(`${base}bench-pages/${which}.html?n=${size}`, {
			waitUntil: 'domcontentloaded'
		});
		const started = Date.now();
		/** @type {any} */
		let result = null;
		while (!result && Date.now() - started < opts.limitMs) {
			// A page stuck in a long task does not answer: never wait past the limit for it.
			/** @type {ReturnType<typeof setTimeout> | undefined} */
			let timer;
			result = await Promise.race([
				page.evaluate(() => /** @type {any} */ (window).__result ?? null),
				new Promise((r) => {
					timer = setTimeout(() => r(null), Math.max(0, opts.limitMs - (Date.now() - started)));
				})
			]);
			clearTimeout(timer);
			if (!result) await new Promise((r) => setTimeout(r, 100));
		}
		if (!result) return { dnf: true, limitMs: opts.limitMs };
		if (result.error) return { error: result.error, errors };
		if (opts.frames && which === 'vis-naive') {
			const g = await page.evaluate(runGesture, {
				...GESTURES.timelineZoom,
				target: '#timeline .vis-center',
				maxMs: 8_000
			});
			result.frames = frameStats(g);
		}
		return { ...result, errors };
	} finally {
		await context.close().catch(() => {});
	}
}
