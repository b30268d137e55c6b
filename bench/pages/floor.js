/**
 * Benchmark page: the floor under any app on our stack. It loads vis-timeline (standalone build)
 * and Leaflet, downloads and parses the same `?data=` file our explorer gets (`synth-<n>.json`),
 * then builds a timeline with one item and a map with one marker, and nothing else: no
 * validation, no index, no basemap, no list. Sets `window.__result` to `{ fetched, drawn,
 * painted, items }` (ms since navigation) once drawn, or `{ error }`.
 */
import { painted } from './common.js';

/** @type {any} */
const w = window;

async function main() {
	const n = new URLSearchParams(location.search).get('n');
	if (!n || !/^\d+$/.test(n)) throw new Error('give ?n=<size>');
	const res = await fetch(`/bench-data/synth-${n}.json`);
	if (!res.ok) throw new Error(`synth-${n}.json: HTTP ${res.status}`);
	const dataset = await res.json();
	const fetched = performance.now();
	const first = dataset.events[0];
	await new Promise((resolve) => {
		const timeline = new w.vis.Timeline(
			document.getElementById('timeline'),
			new w.vis.DataSet([{ id: first.id, start: new Date(2000, 0, 1), content: first.title }]),
			{ height: '100%', showCurrentTime: false, onInitialDrawComplete: () => resolve(undefined) }
		);
		w.__timeline = timeline;
	});
	const map = w.L.map('map').setView([20, 0], 2);
	w.L.circleMarker([35.7, 51.4]).addTo(map);
	const drawn = performance.now();
	w.__result = { fetched, drawn, painted: await painted(), items: dataset.events.length };
}

main().catch((error) => {
	w.__result = { error: String(error?.stack ?? error) };
});
