/**
 * The load probe: when the explorer has drawn a dataset and answers input.
 *
 * Runs in the page (handed to `page.addInitScript` / `page.evaluate`), so each function here is
 * self-contained: no imports, no references to anything outside its own body.
 *
 * Times are `performance.now()` in the page: milliseconds since navigation started.
 * "Painted" means: the next animation frame ran (after the app's own frame callbacks) and a task
 * posted from it ran, i.e. style, layout and paint of that frame are done.
 */

/**
 * Init script for the explorer: watches every animation frame, from the first one, for the
 * moments the data is loaded, the timeline and the map show it, and `data-ready` is "true"; then
 * hovers a map marker from a new task and marks when that was painted ("responsive").
 * Results land in `window.__bench.marks` (first frame at which each held).
 *
 * @param {{ n: number }} arg the dataset's size: the data counts as loaded once the result count's
 *   total is at least 90% of it (the app may reject a few rows; the bundled dataset is far smaller)
 */
export function installLoadProbe(arg) {
	const marks = /** @type {Record<string, number>} */ ({});
	/** @type {any} */ (window).__bench = { marks };
	const eventId = /^e\d{6}$/;
	/** @param {string} name */
	const mark = (name) => {
		if (marks[name] === undefined) marks[name] = performance.now();
	};
	const check = () => {
		const count = document.querySelector('[data-testid="result-count"]');
		if (!count) return;
		if (marks.data === undefined) {
			const total = Number(count.getAttribute('data-total') ?? '');
			if (!total || total < 0.9 * arg.n) return;
			/** @type {any} */ (window).__bench.shown = total;
			mark('data');
		}
		const root = document.querySelector('[data-testid="explorer"]');
		if (root?.getAttribute('data-ready') === 'true') mark('readyAttr');
		if (marks.timeline === undefined) {
			const tl = document.querySelector('[data-testid="timeline"]');
			const bucket = tl?.querySelector('.vis-item.bucket');
			const ids = tl ? [...tl.querySelectorAll('.vis-item [data-event-id]')] : [];
			if (bucket || ids.some((el) => eventId.test(el.getAttribute('data-event-id') ?? ''))) {
				mark('timeline');
			}
		}
		if (marks.map === undefined) {
			const map = document.querySelector('[data-testid="map"]');
			if (map) {
				let shown = 0;
				let synthetic = false;
				for (const el of map.querySelectorAll('.cx-cluster[data-cluster-count]')) {
					shown += Number(el.getAttribute('data-cluster-count'));
				}
				for (const el of map.querySelectorAll('.cx-marker[data-event-id]')) {
					shown++;
					if (eventId.test(el.getAttribute('data-event-id') ?? '')) synthetic = true;
				}
				if (synthetic || shown > 200) mark('map');
			}
		}
	};
	/** Hover a map marker from a new task (queued behind the page's pending work), then paint. */
	const respond = () => {
		const ch = new MessageChannel();
		ch.port1.onmessage = () => {
			const target = document.querySelector(
				'[data-testid="map"] .cx-marker, [data-testid="map"] .cx-cluster'
			);
			if (!target) {
				marks.responsive = NaN;
				return;
			}
			marks.hover = performance.now();
			target.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, cancelable: true }));
			const tip = document.querySelector('[data-testid="map"] .cx-tip');
			marks.hoverHandled = tip && !(/** @type {HTMLElement} */ (tip).hidden) ? 1 : 0;
			requestAnimationFrame(() => {
				const paint = new MessageChannel();
				paint.port1.onmessage = () => {
					mark('responsive');
					target.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, cancelable: true }));
				};
				paint.port2.postMessage(0);
			});
		};
		ch.port2.postMessage(0);
	};
	const frame = () => {
		check();
		if (marks.data === undefined || marks.timeline === undefined || marks.map === undefined) {
			requestAnimationFrame(frame);
			return;
		}
		mark('views');
		// Drawn = the views show the data and the app's data-ready is "true". A build that never
		// sets data-ready gets a second to do so; after that the views alone count (the hover is
		// then timed from the moment they showed the data: see loadResult).
		if (marks.readyAttr === undefined && performance.now() - marks.views < 1000) {
			requestAnimationFrame(frame);
			return;
		}
		respond();
	};
	requestAnimationFrame(frame);
}

/**
 * Wait for {@link installLoadProbe}'s marks: drawn (data in the count, timeline and map, and
 * data-ready "true"), then responsive (a hover dispatched from a new task right after drawing
 * was handled and painted). Returns the times of each step, or `{ error }`.
 *
 * @param {{ timeoutMs: number }} arg
 * @returns {Promise<Record<string, number> | { error: string }>}
 */
export async function loadResult(arg) {
	const bench = /** @type {any} */ (window).__bench;
	const m = bench.marks;
	const start = performance.now();
	while (m.responsive === undefined && performance.now() - start < arg.timeoutMs) {
		await new Promise((r) => setTimeout(r, 25));
	}
	if (m.responsive === undefined || Number.isNaN(m.responsive)) {
		return { error: `not drawn and responsive after ${arg.timeoutMs} ms: ${JSON.stringify(m)}` };
	}
	const nav = /** @type {PerformanceNavigationTiming | undefined} */ (
		performance.getEntriesByType('navigation')[0]
	);
	const resources = /** @type {PerformanceResourceTiming[]} */ (
		performance.getEntriesByType('resource')
	);
	const dataEntry = resources.find((e) => e.name.includes('/bench-data/'));
	// Builds that downloaded the dataset in a worker (side-by-side runs of older builds) left it
	// out of this page's resource timing: they marked when they asked and when the bytes arrived.
	const mark = (/** @type {string} */ name) =>
		performance.getEntriesByName(`chronoatlas:${name}`, 'mark')[0]?.startTime ?? NaN;
	const ready = m.readyAttr !== undefined;
	return {
		domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN,
		dataRequested: dataEntry?.startTime ?? mark('dataset-requested'),
		dataFetched: dataEntry?.responseEnd ?? mark('dataset-received'),
		data: m.data,
		timeline: m.timeline,
		map: m.map,
		drawn: ready ? Math.max(m.views, m.readyAttr) : m.views,
		hover: m.hover,
		hoverHandled: m.hoverHandled,
		// Without data-ready, the wait for it is not the page's: count the hover from the views.
		responsive: ready ? m.responsive : m.views + (m.responsive - m.hover),
		readyAttr: m.readyAttr ?? NaN,
		shown: bench.shown,
		/** Scripts and styles fetched before the page was drawn (to size what drawing needs). */
		assets: /** @type {any} */ (
			resources
				.filter((e) => e.startTime < m.responsive && /\.(js|css)(\?|$)/.test(e.name))
				.map((e) => new URL(e.name).pathname)
		)
	};
}
