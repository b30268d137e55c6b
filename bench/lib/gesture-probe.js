/**
 * The gesture probe: a scripted zoom or pan, one input per frame, with every frame's time.
 *
 * Runs in the page (handed to `page.evaluate`), so it is self-contained: no imports,
 * no references to anything outside its own body.
 */

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
