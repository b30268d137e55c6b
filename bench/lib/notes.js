/**
 * What a size's runs say beside their figures: what could not be measured and why, gestures that
 * did not move the view, page errors.
 */
import { METRICS } from './metrics.js';

/**
 * The notes of one build's runs at one size, each once.
 *
 * @param {any[]} runs `measureOurs` results
 * @returns {string[]}
 */
export function runNotes(runs) {
	/** @type {Set<string>} */
	const notes = new Set();
	for (const r of runs) {
		const tm = r.selection?.timelineToMap;
		if (tm?.note) notes.add(`timeline → map measured ${tm.note}.`);
		for (const side of ['mapToTimeline', 'timelineToMap', 'mapToTimelineAtOnce']) {
			const e = r.selection?.[side]?.error;
			if (e) notes.add(`${side}: ${e}`);
		}
		for (const [g, f] of Object.entries(r.frames ?? {})) {
			if (f.error) notes.add(`${g}: ${f.error}`);
			else if (!f.moved) notes.add(`${g}: the gesture did not change the view`);
		}
		if (r.filter?.error) notes.add(`filter: ${r.filter.error}`);
		if (r.search?.error) notes.add(`search: ${r.search.error}`);
		if (r.load?.issues) notes.add(`the app's issues panel: "${r.load.issues}" (folded after load)`);
		if (!Number.isFinite(r.load?.readyAttr)) {
			notes.add(
				'data-ready never became "true": "drawn" is when the count, the timeline and the map showed the data.'
			);
		}
		for (const e of r.errors ?? []) notes.add(`page error: ${e.slice(0, 200)}`);
	}
	return [...notes];
}

/**
 * What the harness failed to measure in one build's runs: figures that are missing (a probe
 * that no longer finds what it looks for, a page that never set data-ready) and gestures that
 * did not move the view. A smoke run fails on any of them; timings are never judged.
 *
 * @param {any[]} runs `measureOurs` results
 * @returns {string[]}
 */
export function unmeasured(runs) {
	/** @type {Set<string>} */
	const out = new Set();
	for (const r of runs) {
		for (const m of METRICS) {
			if (!Number.isFinite(m.get(r))) out.add(`${m.label.trim()}: not measured`);
		}
		for (const [g, f] of Object.entries(r.frames ?? {})) {
			if (!f.error && !f.moved) out.add(`${g}: the gesture did not change the view`);
		}
	}
	return [...out];
}
