/**
 * What the report shows for our explorer, in order, with the targets.
 */
import { fmt } from './stats.js';

/** @typedef {{ key: string, label: string, unit: string, digits?: number,
 *   target?: (size: number) => { text: string, ok: (v: number) => boolean } | null,
 *   get: (run: any) => number }} Metric */

/** @param {number} limit @returns {{ text: string, ok: (v: number) => boolean }} */
const under = (limit) => ({ text: `< ${fmt(limit)}`, ok: (v) => v < limit });

/**
 * What the table shows for our explorer, in order. Targets are the issue's: for 100,000 events,
 * and for 10,000 "drawn in under 0.5 s"; the same limits are held against smaller sizes.
 *
 * @type {Metric[]}
 */
export const METRICS = [
	{
		key: 'drawn',
		label: 'drawn and responsive',
		unit: 'ms',
		target: (n) => under(n >= 100_000 ? 1500 : 500),
		get: (r) => r.load?.responsive
	},
	{
		key: 'dataRequested',
		label: '  dataset requested',
		unit: 'ms',
		get: (r) => r.load?.dataRequested
	},
	{ key: 'dataFetched', label: '  dataset fetched', unit: 'ms', get: (r) => r.load?.dataFetched },
	{
		key: 'dataLoaded',
		label: '  dataset parsed, validated, shown in the count',
		unit: 'ms',
		get: (r) => r.load?.data
	},
	{
		key: 'readyAttr',
		label: '  data-ready="true" (app signal)',
		unit: 'ms',
		get: (r) => r.load?.readyAttr
	},
	{
		key: 'mapToTimeline',
		label: 'selection map → timeline',
		unit: 'ms',
		digits: 1,
		target: () => under(50),
		get: (r) => r.selection?.mapToTimeline?.ms
	},
	{
		key: 'mapToTimelineAtOnce',
		label: '  map → timeline, clicked as soon as drawn',
		unit: 'ms',
		digits: 1,
		get: (r) => r.selection?.mapToTimelineAtOnce?.ms
	},
	{
		key: 'timelineToMap',
		label: 'selection timeline → map',
		unit: 'ms',
		digits: 1,
		target: () => under(50),
		get: (r) => r.selection?.timelineToMap?.ms
	},
	...['timelineZoom', 'timelinePan', 'mapZoom', 'mapPan'].flatMap((g) => {
		const name = g.replace(/([A-Z])/, ' $1').toLowerCase();
		return [
			{
				key: `${g}Median`,
				label: `${name} frame, median`,
				unit: 'ms',
				digits: 1,
				target: () => under(16),
				get: (/** @type {any} */ r) => r.frames?.[g]?.median
			},
			{
				key: `${g}P95`,
				label: `${name} frame, 95th pct`,
				unit: 'ms',
				digits: 1,
				target: () => under(50),
				get: (/** @type {any} */ r) => r.frames?.[g]?.p95
			}
		];
	}),
	{
		key: 'filter',
		label: 'category filter applied',
		unit: 'ms',
		digits: 1,
		target: () => under(100),
		get: (r) => r.filter?.ms
	},
	{
		key: 'search',
		label: 'search applied',
		unit: 'ms',
		digits: 1,
		target: () => under(100),
		get: (r) => r.search?.ms
	},
	{
		key: 'heap',
		label: 'JS heap after load (after GC)',
		unit: 'MB',
		digits: 1,
		target: () => under(300),
		get: (r) => (r.heap ? r.heap.used / 1e6 : NaN)
	}
];
