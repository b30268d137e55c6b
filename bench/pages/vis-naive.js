/**
 * Benchmark page: vis-timeline given every event of `?n=<size>` directly (no windowing), with
 * the options that matter as the app sets them. Sets `window.__result` to
 * `{ drawn, painted, items }` (ms since navigation) once the first draw is complete, or `{ error }`.
 */
import { loadItems, painted } from './common.js';

/** @type {any} */
const w = window;
/** @type {any} */
const vis = w.vis;

/** Build the timeline and report when it has drawn. */
async function main() {
	const n = new URLSearchParams(location.search).get('n');
	const rows = await loadItems(n);
	const fetched = performance.now();
	const items = new vis.DataSet(
		rows.map(([id, start, end, title]) =>
			end === null
				? { id, start: new Date(start), content: title, type: 'point' }
				: { id, start: new Date(start), end: new Date(end), content: title, type: 'range' }
		)
	);
	let first = Infinity;
	let last = -Infinity;
	for (const [, start, end] of rows) {
		first = Math.min(first, start);
		last = Math.max(last, end ?? start);
	}
	const container = document.getElementById('timeline');
	await new Promise((resolve) => {
		const timeline = new vis.Timeline(container, items, {
			height: '100%',
			stack: true,
			selectable: true,
			showCurrentTime: false,
			zoomKey: 'ctrlKey',
			orientation: { axis: 'bottom', item: 'bottom' },
			onInitialDrawComplete: () => {
				timeline.redraw();
				resolve(undefined);
			}
		});
		timeline.setWindow(new Date(first), new Date(last), { animation: false });
		w.__timeline = timeline;
	});
	const drawn = performance.now();
	w.__result = { fetched, drawn, painted: await painted(), items: rows.length };
}

main().catch((error) => {
	w.__result = { error: String(error?.stack ?? error) };
});
