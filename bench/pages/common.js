/**
 * Helpers shared by the comparison pages.
 */

/**
 * The comparison items of a benchmark dataset: `[id, start, end | null, title, located]`.
 *
 * @param {string | null} n the dataset size
 * @returns {Promise<[string, number, number | null, string, number][]>}
 */
export async function loadItems(n) {
	if (!n || !/^\d+$/.test(n)) throw new Error('give ?n=<size>');
	const res = await fetch(`/bench-data/items-${n}.json`);
	if (!res.ok) throw new Error(`items-${n}.json: HTTP ${res.status}`);
	return res.json();
}

/**
 * Resolves, with `performance.now()`, once the next animation frame has been painted.
 *
 * @returns {Promise<number>}
 */
export function painted() {
	return new Promise((resolve) =>
		requestAnimationFrame(() => {
			const ch = new MessageChannel();
			ch.port1.onmessage = () => resolve(performance.now());
			ch.port2.postMessage(0);
		})
	);
}
