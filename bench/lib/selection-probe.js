/**
 * The selection probe: how long a real click takes to show as selected in the other view.
 *
 * Runs in the page (handed to `page.evaluate`), so each function here is self-contained:
 * no imports, no references to anything outside its own body.
 */

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
