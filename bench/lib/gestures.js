/**
 * The scripted gestures the benchmark times, and the statistics of their frames.
 */
import { median, quantile } from './stats.js';

/**
 * @typedef {{ kind: 'ctrl-wheel' | 'wheel' | 'pointer-drag' | 'mouse-drag',
 *   steps: { dy?: number, dx?: number, wait?: number }[], settleMs: number }} Gesture
 */

/**
 * The scripted gestures, one input per frame (see `runGesture`).
 * Timeline: 20 ctrl+wheel notches in and 20 out over its centre, then a 400 px drag.
 * Map: 3 wheel notches in and 3 out over its centre (a zoom level each, 20 frames apart so each
 * animation and redraw completes), then a 320 × 120 px drag.
 *
 * @type {Readonly<Record<'timelineZoom' | 'timelinePan' | 'mapZoom' | 'mapPan', Gesture>>}
 */
export const GESTURES = Object.freeze({
	timelineZoom: {
		kind: 'ctrl-wheel',
		steps: [...Array(20).fill({ dy: -100 }), ...Array(20).fill({ dy: 100 })],
		settleMs: 300
	},
	timelinePan: { kind: 'pointer-drag', steps: Array(40).fill({ dx: 10 }), settleMs: 300 },
	mapZoom: {
		kind: 'wheel',
		steps: [...Array(3).fill({ dy: -60, wait: 20 }), ...Array(3).fill({ dy: 60, wait: 20 })],
		settleMs: 300
	},
	mapPan: { kind: 'mouse-drag', steps: Array(40).fill({ dx: 8, dy: 3 }), settleMs: 300 }
});

/**
 * Median and 95th percentile of a gesture's frame times, with what the gesture did.
 *
 * @param {any} g a `runGesture` result
 * @returns {{ median: number, p95: number, max: number, frames: number, inputs: number,
 *   truncated: boolean, moved: boolean, error?: string }}
 */
export function frameStats(g) {
	if (g.error) {
		return {
			median: NaN,
			p95: NaN,
			max: NaN,
			frames: 0,
			inputs: 0,
			truncated: false,
			moved: false,
			error: g.error
		};
	}
	return {
		median: median(g.frames),
		p95: quantile(g.frames, 0.95),
		max: Math.max(...g.frames),
		frames: g.frames.length,
		inputs: g.inputs,
		truncated: g.truncated,
		moved: g.before !== g.mid || g.mid !== g.after
	};
}
