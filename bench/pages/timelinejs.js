/**
 * Benchmark page: TimelineJS 3 (npm @knight-lab/timelinejs) loading the events of `?n=<size>`,
 * headline only, dated by our earliest instant. Sets `window.__result` to
 * `{ drawn, painted, slides, markers }` once the timeline is ready, or `{ error }`.
 */
import { loadItems, painted } from './common.js';

/** @type {any} */
const w = window;

/**
 * A TimelineJS date from UTC milliseconds.
 *
 * @param {number} ms
 * @returns {{ year: number, month: number, day: number }}
 */
function tlDate(ms) {
	const d = new Date(ms);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Build the timeline and report when it is ready. */
async function main() {
	const n = new URLSearchParams(location.search).get('n');
	const rows = await loadItems(n);
	const fetched = performance.now();
	const data = {
		events: rows.map(([id, start, , title]) => ({
			unique_id: id,
			start_date: tlDate(start),
			text: { headline: title }
		}))
	};
	await new Promise((resolve, reject) => {
		const timeline = new w.TL.Timeline('timeline-embed', data, {
			// Everything from this server: no web fonts, no analytics.
			script_path: new URL('/bench-lib/timelinejs/js/', location.href).href,
			font: '',
			ga_measurement_id: null,
			hash_bookmark: false
		});
		w.__timeline = timeline;
		if (timeline.ready) resolve(undefined);
		else {
			timeline.on('ready', () => resolve(undefined));
			setTimeout(() => reject(new Error('TimelineJS: no ready event in 10 min')), 600_000);
		}
	});
	const drawn = performance.now();
	w.__result = {
		fetched,
		drawn,
		painted: await painted(),
		slides: document.querySelectorAll('.tl-slide').length,
		markers: document.querySelectorAll('.tl-timemarker').length
	};
}

main().catch((error) => {
	w.__result = { error: String(error?.stack ?? error) };
});
