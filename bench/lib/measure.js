/**
 * The browser measurements: one run of our explorer on a dataset, and one run of each
 * comparison page. Each run gets a fresh browser context (empty cache, its own renderer).
 */
import {
	applyFilter,
	armSelection,
	awaitSelection,
	installLoadProbe,
	loadResult,
	runGesture
} from './probes.js';
import { median, quantile } from './stats.js';

/** Desktop viewport: the explorer's wide layout (filters, list, timeline, map, detail). */
export const VIEWPORT = Object.freeze({ width: 1280, height: 800 });

const DAY = 86_400_000;

/**
 * The scripted gestures, one input per frame (see `runGesture`).
 * Timeline: 20 ctrl+wheel notches in and 20 out over its centre, then a 400 px drag.
 * Map: 3 wheel notches in and 3 out over its centre (a zoom level each, 20 frames apart so each
 * animation and redraw completes), then a 320 × 120 px drag.
 */
/**
 * @typedef {{ kind: 'ctrl-wheel' | 'wheel' | 'pointer-drag' | 'mouse-drag',
 *   steps: { dy?: number, dx?: number, wait?: number }[], settleMs: number }} Gesture
 */

/** @type {Readonly<Record<'timelineZoom' | 'timelinePan' | 'mapZoom' | 'mapPan', Gesture>>} */
export const GESTURES = Object.freeze({
	timelineZoom: {
		kind: 'ctrl-wheel',
		steps: [...Array(20).fill({ dy: -100 }), ...Array(20).fill({ dy: 100 })],
		settleMs: 300
	},
	timelinePan: { kind: 'pointer-drag', steps: Array(40).fill({ dx: 10 }), settleMs: 300 },
	mapZoom: {
		kind: 'wheel',
		steps: [...Array(3).fill({ dy: -60, wait: 20 }), ...Array(3).fill({ dy: 60, wait: 20 })],
		settleMs: 300
	},
	mapPan: { kind: 'mouse-drag', steps: Array(40).fill({ dx: 8, dy: 3 }), settleMs: 300 }
});

/**
 * Median and 95th percentile of a gesture's frame times, with what the gesture did.
 *
 * @param {any} g a `runGesture` result
 * @returns {{ median: number, p95: number, max: number, frames: number, inputs: number,
 *   truncated: boolean, moved: boolean, error?: string }}
 */
function frameStats(g) {
	if (g.error) {
		return {
			median: NaN,
			p95: NaN,
			max: NaN,
			frames: 0,
			inputs: 0,
			truncated: false,
			moved: false,
			error: g.error
		};
	}
	return {
		median: median(g.frames),
		p95: quantile(g.frames, 0.95),
		max: Math.max(...g.frames),
		frames: g.frames.length,
		inputs: g.inputs,
		truncated: g.truncated,
		moved: g.before !== g.mid || g.mid !== g.after
	};
}

/**
 * Collect page errors (uncaught exceptions and console.error) as they happen.
 *
 * @param {import('playwright-core').Page} page
 * @returns {string[]}
 */
function pageErrors(page) {
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
async function openExplorer(browser, url, size, timeoutMs) {
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
 * The visible middle of an element's box clipped to a container's box, or null when less than
 * 4 × 4 px of it shows.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} selector the element
 * @param {string} within the container
 * @returns {Promise<{ x: number, y: number } | null>}
 */
async function visibleCentre(page, selector, within) {
	return page.evaluate(
		({ selector, within }) => {
			const el = document.querySelector(selector);
			const box = document.querySelector(within);
			if (!el || !box) return null;
			const a = el.getBoundingClientRect();
			const b = box.getBoundingClientRect();
			const left = Math.max(a.left, b.left);
			const right = Math.min(a.right, b.right);
			const top = Math.max(a.top, b.top);
			const bottom = Math.min(a.bottom, b.bottom);
			if (right - left < 4 || bottom - top < 4) return null;
			const x = (left + right) / 2;
			const y = (top + bottom) / 2;
			// Something else on top (a tooltip, a control) would take the click.
			const hit = document.elementFromPoint(x, y);
			return hit && (hit === el || el.contains(hit) || hit.contains(el)) ? { x, y } : null;
		},
		{ selector, within }
	);
}

/**
 * Click at a point and time how long until `expect` matches and is painted.
 *
 * @param {import('playwright-core').Page} page
 * @param {{ x: number, y: number }} at
 * @param {string} expect
 * @returns {Promise<{ ms: number, foundMs: number } | { error: string }>}
 */
async function timedClick(page, at, expect) {
	await page.evaluate(armSelection, { selector: expect, timeoutMs: 10_000 });
	await page.mouse.click(at.x, at.y);
	return page.evaluate(awaitSelection);
}

/** How long selection waits after the page is drawn before clicking. */
export const SETTLE_MS = 500;

/**
 * Selection in both directions, on the explorer opened at a one-week (one month below 2,000
 * events) window around a target event and a regional map view centred on it.
 * Map → timeline: click the target's marker, until the timeline shows it selected.
 * Timeline → map: click another located event on the timeline, until the map shows it selected.
 * Both are clicked once the page has been drawn for {@link SETTLE_MS} (as the filter and the search
 * are timed on a page that has been drawn for a while): a reader's first click comes later than
 * that. Map → timeline is also timed on a second load, clicked as soon as it is drawn
 * (`mapToTimelineAtOnce`): right after 100,000 events load, V8 is still collecting the loading's
 * garbage, and that click shows what it costs.
 * When the timeline shows only counts (no event to click), timeline → map is measured again with
 * the first category as a filter, and says so.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} base
 * @param {any} info the dataset's summary (targets, categories)
 * @param {Set<string>} located ids of events with a place on the map
 * @param {number} timeoutMs
 * @returns {Promise<{ mapToTimeline: any, timelineToMap: any, mapToTimelineAtOnce: any,
 *   errors: string[] }>}
 */
async function measureSelection(browser, base, info, located, timeoutMs) {
	/** @type {string[]} */
	const errors = [];
	const days = info.size < 2000 ? 30 : 7;
	/** @type {any} */
	let mapToTimeline = { error: 'no target event stood alone on the map' };
	/** @type {any} */
	let timelineToMap = null;
	/** @type {any} */
	let mapToTimelineAtOnce = { error: 'not measured' };
	for (const target of info.targets.slice(0, 3)) {
		const iso = (/** @type {number} */ t) => new Date(t).toISOString().slice(0, 10);
		/** @param {Record<string, string>} extra */
		const open = (extra) =>
			openExplorer(
				browser,
				explorerUrl(base, info.size, {
					t: `${iso(target.earliest - (days / 2) * DAY)}..${iso(target.earliest + (days / 2 + 1) * DAY)}`,
					map: `${target.lat},${target.lon},7`,
					...extra
				}),
				info.size,
				timeoutMs
			);
		const first = await open({});
		try {
			if (first.load.error) {
				errors.push(first.load.error);
				continue;
			}
			const marker = `[data-testid="map"] .cx-marker[data-event-id="${target.id}"]`;
			const selected = `[data-testid="timeline"] .vis-item.vis-selected [data-event-id="${target.id}"]`;
			const at = await visibleCentre(first.page, marker, '[data-testid="map"] .map-canvas');
			if (!at) continue;
			await first.page.waitForTimeout(SETTLE_MS);
			mapToTimeline = await timedClick(first.page, at, selected);
			timelineToMap = await timelineClick(first.page, located, target.id);
			if (timelineToMap.error === 'none') {
				// Only counts on the timeline at every zoom: narrow the data with one category.
				const cat = info.categories[0];
				const second = await open({ cat });
				try {
					timelineToMap = await timelineClick(second.page, located, '');
					timelineToMap.note = `with the filter cat=${cat} (the unfiltered timeline shows only counts)`;
					errors.push(...second.errors);
				} finally {
					await second.context.close();
				}
			}
			errors.push(...first.errors);
			const early = await open({});
			try {
				if (early.load.error) mapToTimelineAtOnce = { error: early.load.error };
				else mapToTimelineAtOnce = await timedClick(early.page, at, selected);
				errors.push(...early.errors);
			} finally {
				await early.context.close();
			}
			break;
		} finally {
			await first.context.close();
		}
	}
	return {
		mapToTimeline,
		timelineToMap: timelineToMap ?? { error: 'not measured' },
		mapToTimelineAtOnce,
		errors
	};
}

/**
 * Click a located event on the timeline (not `skip`), timed until the map shows it selected.
 * `{ error: 'none' }` when the timeline holds no such event.
 *
 * @param {import('playwright-core').Page} page
 * @param {Set<string>} located
 * @param {string} skip
 * @returns {Promise<any>}
 */
async function timelineClick(page, located, skip) {
	const ids = await page.evaluate(() =>
		[...document.querySelectorAll('[data-testid="timeline"] .vis-item [data-event-id]')].map(
			(el) => el.getAttribute('data-event-id') ?? ''
		)
	);
	for (const id of ids) {
		if (id === skip || !located.has(id)) continue;
		const at = await visibleCentre(
			page,
			`[data-testid="timeline"] .vis-item [data-event-id="${id}"]`,
			'[data-testid="timeline"] .vis-center'
		);
		if (!at) continue;
		const r = await timedClick(
			page,
			at,
			`[data-testid="map"] .cx-marker.is-selected[data-event-id="${id}"]`
		);
		return { ...r, id };
	}
	return { error: 'none' };
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
