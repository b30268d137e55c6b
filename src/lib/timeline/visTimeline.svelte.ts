/**
 * The vis-timeline wrapper, as an attachment on the element it draws in. It holds only the
 * events in and near its window, up to a bound, and counts per time bucket beyond that
 * (`windowContent`), so it stays fluid at 100,000 events.
 *
 * Library → state through vis-timeline's own events (`select`, `itemover`, `rangechange`);
 * state → library through one effect per concern that compares before applying, so a gesture
 * here is never echoed back.
 */
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { DataSet } from 'vis-data/esnext';
import type { Timeline, TimelineItem, TimelineOptions } from 'vis-timeline/esnext';
import type { AtlasEvent } from '$lib/model/types';
import type { TimeWindow } from '$lib/state/explorer.svelte';
import { yieldToMain } from '$lib/state/idle';
import { BUCKET_PREFIX } from './bucketToItem';
import { diffItems } from './diffItems';
import type { ItemSpec } from './eventToItem';
import { foldLabels } from './foldLabels';
import { roveTabStop } from './itemFocus';
import { fitWindow, framedWindow, maxSpan } from './fullWindow';
import { itemLabel } from './itemLabel';
import { loadVisTimeline } from './loadVisTimeline';
import { AXIS_GAP, chipWidth, DOT_PX, ITEM_GAP, labelMeter, panelFont, rowsIn } from './labelFit';
import { minBucketMs } from './minBucketMs';
import type { TimelineControl } from './timelineControl.svelte';
import { buildTimeIndex, lowerBound, upperBound } from './timeIndex';
import { toVisItem, type VisItem } from './toVisItem';
import {
	centerPanel,
	createUndrawn,
	destroyTimeline,
	drawnInOnePass,
	itemOrChipOf
} from './visTimelineInternals';
import { windowContent } from './windowContent';

/** The rows, when computed series are shown: they get a row of their own. */
const ROWS = [
	{ id: 'events', content: 'Events', className: 'row-events' },
	{ id: 'computed', content: 'Computed', className: 'row-computed' }
];

/**
 * Draw `control.explorer`'s matching events with vis-timeline in the element, and keep the two in
 * step until the element goes. `maxItems`: the most event items vis-timeline holds at once;
 * beyond it the window shows counts.
 */
export function visTimeline(
	control: TimelineControl,
	maxItems: () => number
): Attachment<HTMLElement> {
	return (host) => {
		const explorer = control.explorer;
		/** The instance (also `control.timeline`), kept here too so TypeScript can narrow it. */
		let timeline: Timeline | null = null;
		let items: DataSet<TimelineItem> | null = null;
		/** Set once vis-timeline has drawn for the first time: the effects below wait for it. */
		let drawn = $state(false);
		let frame = 0;
		let visibleWindow: TimeWindow | null = null;
		/** The events the window was last fitted to, and whether the reader has moved it since. */
		let fittedFor: AtlasEvent[] | null = null;
		let userMoved = false;
		/** Whether rows are on: only when computed series are shown. */
		let grouped = false;
		let hovered: Element | null = null;
		let disposed = false;
		let resizes: ResizeObserver | null = null;

		/** Stacking order of the drawn items (see `foldLabels`), and the label measure. */
		let stackOrder = new Map<string, number>();
		let meter: { font: number; width: (spec: ItemSpec) => number } | null = null;

		/** Window queries in O(log n): built once per filter change. */
		const timeIndex = $derived(buildTimeIndex(explorer.matching));

		/** Set once `refresh` has put events in: shown from then on (reported drawn after `checkRows`). */
		let filled = false;
		/** The rows the titles were last fitted to (null when counts are shown). */
		let fittedRows: number | null = null;
		/** Whether the rows have been checked against the panel as drawn with the events. */
		let rowsChecked = false;
		let checkFrame = 0;
		let checks = 0;

		/** Bring vis-timeline's items in line with the window, touching only what changed. */
		function refresh(): void {
			// A dataset the URL asked for is on its way: draw that one, not the bundled one first.
			if (!timeline || !items || explorer.pending) return;
			const w = timeline.getWindow();
			visibleWindow = { start: w.start.getTime(), end: w.end.getTime() };
			const panel = centerPanel(host);
			const font = panel ? panelFont(panel) : 16;
			const content = windowContent(timeIndex, visibleWindow, {
				maxItems: maxItems(),
				selected: explorer.selected,
				minBucketMs: minBucketMs(visibleWindow, panel?.clientWidth || 960, font)
			});
			let specs = content.items;
			control.folds = new Map();
			stackOrder = new Map();
			fittedRows = null;
			if (content.mode === 'items' && panel && panel.clientWidth > 0) {
				// Measured in the panel's font, which follows the window's width: re-made when it changes.
				if (!meter || meter.font !== font) meter = { font, width: labelMeter(panel) };
				const chip = chipWidth(font);
				host.style.setProperty('--fold-chip', `${chip}px`);
				const sel = explorer.selectedId;
				const fit = foldLabels(
					specs,
					{
						...visibleWindow,
						width: panel.clientWidth,
						rows: (fittedRows = rowsIn(host, panel, font)),
						labelWidth: meter.width,
						dot: DOT_PX,
						chip,
						gap: ITEM_GAP.horizontal
					},
					new Set(sel ? [sel] : [])
				);
				specs = fit.items;
				control.folds = fit.folds;
				if (fit.shift && sel) control.bringTitleIn(sel, fit.shift, panel.clientWidth);
				stackOrder = new Map(fit.order.map((id, i) => [id, i]));
			}
			// What lies beyond each edge, for the edge cues, and where the nearest of it is.
			const ix = timeIndex;
			const before = lowerBound(ix.latest, visibleWindow.start);
			const after = upperBound(ix.earliest, visibleWindow.end);
			const previous = before > 0 ? ix.latest[before - 1]! : null;
			const following = after < ix.count ? ix.earliest[after]! : null;
			// Not a dependency of the effects that call refresh(): they only write it.
			const was = untrack(() => control.edges);
			// Only a change reaches the cues: this runs on every frame of a pan.
			if (
				was.before !== before ||
				was.after !== ix.count - after ||
				was.previous !== previous ||
				was.next !== following
			)
				control.edges = { before, after: ix.count - after, previous, next: following };
			control.mode = content.mode;
			control.inWindow = content.inWindow;
			control.longer = content.longer;
			const wantRows = explorer.matching.some((e) => e.computed);
			if (wantRows !== grouped) {
				// Items must all carry a group when groups are set: rebuild them all.
				grouped = wantRows;
				items.clear();
				control.held = new Map();
				timeline.setGroups(grouped ? ROWS : undefined);
				// The rows' labels take width from the panel the titles were just fitted to: fit
				// them again once it is drawn.
				schedule();
			}
			const marked = explorer.marked();
			const next = new Map(
				specs.map((i) => [
					i.id,
					marked?.has(i.id) ? { ...i, className: `${i.className} is-marked` } : i
				])
			);
			const diff = diffItems(control.held, next);
			const toVis = (spec: ItemSpec): VisItem => {
				const e = spec.id.startsWith(BUCKET_PREFIX) ? undefined : explorer.byId.get(spec.id);
				return toVisItem(spec, grouped, e ? explorer.categories.get(e.category)?.colour : null);
			};
			const add = diff.add.map(toVis);
			const update = diff.update.map(toVis);
			const { remove } = diff;
			control.held = next;
			if (diff.replaced && add.length > 1) {
				const data = items;
				drawnInOnePass(timeline, () => {
					if (remove.length) data.remove(remove);
					data.add(add);
				});
			} else {
				if (remove.length) items.remove(remove);
				if (add.length) items.add(add);
			}
			if (update.length) items.update(update);
			applyHover();
			if (!filled) {
				filled = true;
				host.classList.remove('is-starting');
			}
			// Drawn once before: new data is drawn with this refresh (see Explorer.load). The first
			// time, once the rows are known to hold.
			if (drawn) {
				if (rowsChecked) explorer.drawn('timeline');
				else checkRows();
			}
			const sel = explorer.selectedId;
			const visSel = timeline.getSelection();
			if (sel && next.has(sel)) {
				if (visSel[0] !== sel) timeline.setSelection([sel]);
			} else if (visSel.length) timeline.setSelection([]);
		}

		/**
		 * After the first fill, at the next frame (after vis-timeline has drawn the events): the
		 * computed row's height is known only once its dots are drawn, and it decides how many rows
		 * of titles fit. Fitted to another count, the titles are fitted again; then "drawn".
		 */
		function checkRows(): void {
			if (checkFrame) return;
			checkFrame = requestAnimationFrame(() => {
				checkFrame = 0;
				if (disposed || !timeline) return;
				const panel = centerPanel(host);
				if (fittedRows !== null && panel) {
					// At most twice: the dots' row does not depend on the titles, so once is enough.
					if (rowsIn(host, panel, panelFont(panel)) !== fittedRows && ++checks <= 2)
						return refresh();
				}
				rowsChecked = true;
				explorer.drawn('timeline');
			});
		}

		/** One refresh per frame however many range events come, then report the window. */
		function schedule(): void {
			if (frame) return;
			frame = requestAnimationFrame(() => {
				frame = 0;
				refresh();
				if (visibleWindow) explorer.setTimeWindow(visibleWindow, 'timeline');
			});
		}

		function applyHover(): void {
			hovered?.classList.remove('is-hovered');
			hovered = null;
			const id = explorer.hoveredId;
			if (!id) return;
			hovered = itemOrChipOf(host, id);
			hovered?.classList.add('is-hovered');
		}

		async function create(): Promise<void> {
			const [{ Timeline }, { DataSet }] = await loadVisTimeline();
			// Evaluating vis-timeline's code just now was a long task of its own: not this one too.
			await yieldToMain();
			if (disposed) return;
			items = new DataSet<TimelineItem>();
			const options: TimelineOptions = {
				height: '100%',
				stack: true,
				selectable: true,
				multiselect: false,
				showCurrentTime: false,
				zoomMin: 2 * 86_400_000,
				zoomMax: maxSpan(explorer.events),
				orientation: { axis: 'bottom', item: 'bottom' },
				margin: { item: ITEM_GAP, axis: AXIS_GAP },
				// Stack in the order `foldLabels` simulated, so what it found to fit is what is drawn.
				order: (a: TimelineItem, b: TimelineItem) =>
					(stackOrder.get(String(a.id)) ?? Infinity) - (stackOrder.get(String(b.id)) ?? Infinity) ||
					new Date(a.start).getTime() - new Date(b.start).getTime(),
				verticalScroll: true,
				// Our ResizeObserver redraws on a change of size; vis-timeline's own watch polls the
				// size (a forced layout) every second, for as long as the page is open.
				autoResize: false,
				zoomKey: 'ctrlKey',
				template: itemLabel,
				onInitialDrawComplete: () => {
					if (disposed) return;
					// The effects below start now, and the events go in (in a task after the draw's);
					// the explorer hears "drawn" once they are in.
					drawn = true;
					refresh();
				}
			};
			// Not shown until the events are drawn: its empty first draw, then the items moving its
			// panels, would be a jump on screen (a layout shift).
			host.classList.add('is-starting');
			// With its rows from the start when they are known, so the first fit of titles is
			// measured against the panel as drawn. The window is set after creation, not in the
			// options: passing start/end can leave vis-timeline invisible until the first
			// interaction. vis-timeline's types name the peer build of vis-data; the esnext DataSet
			// is the same class.
			grouped = !explorer.pending && explorer.matching.some((e) => e.computed);
			const initial = fitWindow(
				explorer.timeWindow ?? framedWindow(explorer.matching),
				explorer.events
			);
			// Its first draw comes at the next frame, at this window (a draw of the empty timeline,
			// then another for the new window, each a long task, before). The events follow once it
			// is drawn: their titles are fitted to the panel it lays out.
			const data = items;
			timeline = control.timeline = createUndrawn(host, () => {
				const t = grouped
					? new Timeline(host, data as never, ROWS, options)
					: new Timeline(host, data as never, options);
				t.setWindow(new Date(initial.start), new Date(initial.end), { animation: false });
				return t;
			});
			if (!explorer.timeWindow) explorer.setTimeWindow(initial, 'init');

			fittedFor = explorer.events.length ? explorer.events : null;
			timeline.on('rangechange', (p: { byUser?: boolean }) => {
				if (p.byUser) userMoved = true;
				schedule();
			});
			timeline.on('rangechanged', schedule);
			timeline.on('select', (props: { items: (string | number)[] }) => {
				const id = props.items[0];
				control.choose(id === undefined ? undefined : String(id), (chip) =>
					host.querySelector(`[data-fold="${CSS.escape(chip)}"]`)
				);
			});
			timeline.on('itemover', (props: { item: string | number }) =>
				control.hoverItem(String(props.item))
			);
			timeline.on('itemout', () => control.hoverItem(null));
			timeline.on('changed', () => roveTabStop(host, explorer.selectedId));
			// Observing reports the present size at once: a redraw only when it has changed since.
			let size = `${host.clientWidth}x${host.clientHeight}`;
			resizes = new ResizeObserver(() => {
				const now = `${host.clientWidth}x${host.clientHeight}`;
				if (now === size) return;
				size = now;
				timeline?.redraw();
				// Narrower, wider, taller: as many count buckets, labels and rows as now fit.
				schedule();
			});
			resizes.observe(host);
		}
		void create();

		// A new dataset (e.g. ?data= arriving after the page started): fit the window to it, unless
		// the reader has moved the timeline or the URL chose a window.
		$effect(() => {
			const events = explorer.events;
			if (!drawn || !timeline || events.length === 0 || fittedFor === events) return;
			fittedFor = events;
			timeline.setOptions({ zoomMax: untrack(() => maxSpan(events)) });
			if (userMoved || explorer.timeWindowFrom === 'url') return;
			const w = untrack(() => framedWindow(explorer.matching));
			control.show(w, false);
		});

		// Filters (or the marked events) changed: rebuild what the window holds.
		$effect(() => {
			void explorer.matching;
			void explorer.marked();
			void timeIndex;
			if (drawn) refresh();
		});

		// Selection from another view: bring it into view and select it, keeping the zoom.
		$effect(() => {
			const id = explorer.selectedId;
			const from = explorer.selectedFrom;
			if (!drawn || !timeline) return;
			const e = id ? explorer.byId.get(id) : undefined;
			if (from !== 'timeline' && e) control.reveal(e, from);
			refresh();
		});

		// Hover or focus elsewhere highlights the item here.
		$effect(() => {
			void explorer.hoveredId;
			if (drawn) applyHover();
		});

		// A window asked for by another view or the URL.
		$effect(() => {
			const w = explorer.timeWindow;
			const from = explorer.timeWindowFrom;
			if (!drawn || !timeline || !w || from === 'timeline' || from === 'init') return;
			const cur = timeline.getWindow();
			if (cur.start.getTime() !== w.start || cur.end.getTime() !== w.end) control.show(w, false);
		});

		return () => {
			disposed = true;
			resizes?.disconnect();
			if (frame) cancelAnimationFrame(frame);
			if (checkFrame) cancelAnimationFrame(checkFrame);
			if (timeline) destroyTimeline(timeline);
			timeline = control.timeline = null;
			items = null;
			control.held = new Map();
			explorer.drawn('timeline', false);
		};
	};
}
