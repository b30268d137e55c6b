/**
 * The filter probe: a category or search filter applied as a reader does, timed until painted.
 *
 * Runs in the page (handed to `page.evaluate`), so it is self-contained: no imports,
 * no references to anything outside its own body.
 */

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
