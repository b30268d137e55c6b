/**
 * Code that runs in the page (handed to `page.addInitScript` / `page.evaluate`), so every function
 * here is self-contained: no imports, no references to anything outside its own body.
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
			const total = /of ([\d,]+) event/.exec(count.textContent ?? '')?.[1];
			if (!total || Number(total.replace(/,/g, '')) < 0.9 * arg.n) return;
			/** @type {any} */ (window).__bench.shown = Number(total.replace(/,/g, ''));
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

/**
 * Arm a selection probe before a real (trusted) click: resolves when `selector` matches and
 * the frame showing it is painted, with the time since the click's `pointerup`.
 * Read the result with {@link awaitSelection}.
 *
 * @param {{ selector: string, timeoutMs: number }} arg
 */
export function armSelection(arg) {
	const w = /** @type {any} */ (window);
	w.__selection = new Promise((resolve) => {
		/** @type {number | null} */
		let t0 = null;
		addEventListener('pointerup', (e) => (t0 ??= e.timeStamp), { capture: true, once: true });
		const done = () => {
			const found = performance.now();
			requestAnimationFrame(() => {
				const ch = new MessageChannel();
				ch.port1.onmessage = () => {
					const painted = performance.now();
					resolve(
						t0 === null
							? { error: 'no pointerup seen' }
							: { ms: painted - t0, foundMs: found - t0, pointerup: t0 }
					);
				};
				ch.port2.postMessage(0);
			});
		};
		if (document.querySelector(arg.selector)) {
			resolve({ error: `already selected: ${arg.selector}` });
			return;
		}
		const mo = new MutationObserver(() => {
			if (document.querySelector(arg.selector)) {
				mo.disconnect();
				clearTimeout(timer);
				done();
			}
		});
		mo.observe(document.body, { subtree: true, childList: true, attributes: true });
		const timer = setTimeout(() => {
			mo.disconnect();
			resolve({ error: `${arg.selector} did not appear within ${arg.timeoutMs} ms` });
		}, arg.timeoutMs);
	});
}

/**
 * The result of the probe {@link armSelection} armed.
 *
 * @returns {Promise<{ ms: number, foundMs: number } | { error: string }>}
 */
export function awaitSelection() {
	return /** @type {any} */ (window).__selection;
}

/**
 * Apply a filter the way a reader does and time it until the result count changed and the next
 * frame (with the map's redraw) is painted.
 *
 * @param {{ kind: 'category' | 'search' | 'clear-category' | 'clear-search', value: string,
 *   timeoutMs: number }} arg
 * @returns {Promise<{ ms: number, countMs: number, before: string, after: string } | { error: string }>}
 */
export async function applyFilter(arg) {
	const count = document.querySelector('[data-testid="result-count"]');
	if (!count) return { error: 'no result count' };
	const before = (count.textContent ?? '').trim();
	/** @type {() => void} */
	let act;
	if (arg.kind === 'category' || arg.kind === 'clear-category') {
		const box = /** @type {HTMLInputElement | null} */ (
			document.querySelector(
				`[data-testid="facet-categories"] input[type="checkbox"][value="${arg.value}"]`
			)
		);
		if (!box) return { error: `no category checkbox "${arg.value}"` };
		if (box.checked !== (arg.kind === 'clear-category')) {
			return { error: `category "${arg.value}" is already ${box.checked ? 'on' : 'off'}` };
		}
		act = () => box.click();
	} else {
		const input = /** @type {HTMLInputElement | null} */ (
			document.querySelector('[data-testid="search"]')
		);
		if (!input) return { error: 'no search box' };
		act = () => {
			input.value = arg.kind === 'search' ? arg.value : '';
			input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
		};
	}
	const changed = new Promise((resolve) => {
		const mo = new MutationObserver(() => {
			const now = (count.textContent ?? '').trim();
			if (now !== before) {
				mo.disconnect();
				clearTimeout(timer);
				resolve(performance.now());
			}
		});
		mo.observe(count, { subtree: true, childList: true, characterData: true });
		const timer = setTimeout(() => {
			mo.disconnect();
			resolve(NaN);
		}, arg.timeoutMs);
	});
	const t0 = performance.now();
	act();
	const t1 = /** @type {number} */ (await changed);
	if (Number.isNaN(t1)) return { error: `result count did not change within ${arg.timeoutMs} ms` };
	const t2 = await new Promise((resolve) =>
		requestAnimationFrame(() => {
			const ch = new MessageChannel();
			ch.port1.onmessage = () => resolve(performance.now());
			ch.port2.postMessage(0);
		})
	);
	return {
		ms: /** @type {number} */ (t2) - t0,
		countMs: t1 - t0,
		before,
		after: (count.textContent ?? '').trim()
	};
}

/**
 * Run a scripted gesture, one input event per animation frame, and measure every frame from
 * the first input until `settleMs` after the last.
 *
 * Frame time = the interval between two animation frames minus the idle time
 * `requestIdleCallback` reports within it: the main-thread time the page needed for that frame
 * (headless Chromium caps frames at 60 Hz, so the raw interval never drops below 16.7 ms).
 *
 * @param {{ target: string, kind: 'ctrl-wheel' | 'wheel' | 'pointer-drag' | 'mouse-drag',
 *   steps: { dy?: number, dx?: number, wait?: number }[], settleMs: number, maxMs: number }} arg
 *   `steps`: per frame, a wheel delta (`dy`) or a drag offset (`dx`, `dy`); `wait` frames of no
 *   input after a step. `maxMs`: stop sending input after this long (slow pages).
 * @returns {Promise<{ frames: number[], inputs: number, ms: number, truncated: boolean,
 *   before: string, mid: string, after: string } | { error: string }>} `before`, `mid` and `after`
 *   describe the views' state (timeline status, map pane) to check that the gesture did something
 */
export async function runGesture(arg) {
	const host = document.querySelector(arg.target);
	if (!host) return { error: `no ${arg.target}` };
	const r = host.getBoundingClientRect();
	const x0 = r.left + r.width / 2;
	const y0 = r.top + r.height / 2;
	const at = /** @type {Element} */ (document.elementFromPoint(x0, y0) ?? host);
	const state = () => {
		const tl = document.querySelector('[data-testid="timeline-status"]')?.textContent ?? '';
		const map = document.querySelector('[data-testid="map"]');
		const pane = document.querySelector('[data-testid="map"] .leaflet-map-pane');
		return `${tl.trim()} | map ${map?.getAttribute('data-markers')} ${
			/** @type {HTMLElement | null} */ (pane)?.style.transform ?? ''
		} ${document.querySelector('[data-testid="map"] .leaflet-proxy')?.getAttribute('style') ?? ''}`;
	};
	const before = state();
	/** @param {string} type @param {number} x @param {number} y @param {number} buttons */
	const pointer = (type, x, y, buttons) => {
		const init = {
			bubbles: true,
			cancelable: true,
			composed: true,
			clientX: x,
			clientY: y,
			screenX: x,
			screenY: y,
			button: 0,
			buttons,
			view: window
		};
		if (arg.kind === 'pointer-drag') {
			// Hammer.js (vis-timeline) listens on the element and the window: bubbling reaches both.
			const p = { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true };
			at.dispatchEvent(new PointerEvent(type, p));
		} else {
			// Leaflet: mousedown on the map, mousemove and mouseup on the document (where they bubble).
			at.dispatchEvent(new MouseEvent(type, init));
		}
	};
	/** @type {({ dy?: number, dx?: number, wait?: number } | null)[]} */
	const plan = [];
	for (const s of arg.steps) {
		plan.push(s);
		for (let i = 0; i < (s.wait ?? 0); i++) plan.push(null);
	}
	/** @type {number[]} */
	const frames = [];
	let idle = 0;
	let alive = true;
	const onIdle = (/** @type {IdleDeadline} */ d) => {
		idle += d.timeRemaining();
		if (alive) requestIdleCallback(onIdle);
	};
	requestIdleCallback(onIdle);
	let x = x0;
	let y = y0;
	let i = 0;
	let inputs = 0;
	let truncated = false;
	const t0 = performance.now();
	/** @type {number | null} */
	let last = null;
	/** @type {number | null} */
	let endAt = null;
	/** @type {string | null} */
	let mid = null;
	const half = Math.ceil(arg.steps.length / 2);
	const dragging = arg.kind === 'pointer-drag' || arg.kind === 'mouse-drag';
	const down = arg.kind === 'pointer-drag' ? 'pointerdown' : 'mousedown';
	const move = arg.kind === 'pointer-drag' ? 'pointermove' : 'mousemove';
	const up = arg.kind === 'pointer-drag' ? 'pointerup' : 'mouseup';
	return new Promise((resolve) => {
		const frame = () => {
			const now = performance.now();
			if (last !== null) frames.push(Math.max(0, now - last - idle));
			last = now;
			idle = 0;
			if (mid === null && inputs === half) mid = state();
			if (endAt === null) {
				if (now - t0 > arg.maxMs && i < plan.length) {
					truncated = true;
					i = plan.length;
				}
				if (i < plan.length) {
					const s = plan[i++];
					if (s) {
						inputs++;
						if (dragging) {
							if (inputs === 1) pointer(down, x, y, 1);
							x += s.dx ?? 0;
							y += s.dy ?? 0;
							pointer(move, x, y, 1);
						} else {
							at.dispatchEvent(
								new WheelEvent('wheel', {
									bubbles: true,
									cancelable: true,
									composed: true,
									clientX: x0,
									clientY: y0,
									deltaX: 0,
									deltaY: s.dy ?? 0,
									deltaMode: 0,
									ctrlKey: arg.kind === 'ctrl-wheel',
									// Chromium's legacy field, as a real wheel sets it (vis-timeline reads it).
									// @ts-expect-error non-standard WheelEventInit member
									wheelDeltaY: -1.2 * (s.dy ?? 0),
									view: window
								})
							);
						}
					}
				} else {
					if (dragging) pointer(up, x, y, 0);
					endAt = now + arg.settleMs;
				}
			}
			if (endAt !== null && now >= endAt) {
				alive = false;
				resolve({
					frames,
					inputs,
					ms: now - t0,
					truncated,
					before,
					mid: mid ?? '',
					after: state()
				});
				return;
			}
			requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	});
}
