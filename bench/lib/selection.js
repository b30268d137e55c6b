/**
 * Selection in both directions (map → timeline, timeline → map), clicked as a reader does.
 */
import { openExplorer, explorerUrl } from './explorer-page.js';
import { armSelection, awaitSelection } from './selection-probe.js';

const DAY = 86_400_000;

/**
 * The visible middle of an element's box clipped to a container's box, or null when less than
 * 4 × 4 px of it shows.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} selector the element
 * @param {string} within the container
 * @returns {Promise<{ x: number, y: number } | null>}
 */
async function visibleCentre(page, selector, within) {
	return page.evaluate(
		({ selector, within }) => {
			const el = document.querySelector(selector);
			const box = document.querySelector(within);
			if (!el || !box) return null;
			const a = el.getBoundingClientRect();
			const b = box.getBoundingClientRect();
			const left = Math.max(a.left, b.left);
			const right = Math.min(a.right, b.right);
			const top = Math.max(a.top, b.top);
			const bottom = Math.min(a.bottom, b.bottom);
			if (right - left < 4 || bottom - top < 4) return null;
			const x = (left + right) / 2;
			const y = (top + bottom) / 2;
			// Something else on top (a tooltip, a control) would take the click.
			const hit = document.elementFromPoint(x, y);
			return hit && (hit === el || el.contains(hit) || hit.contains(el)) ? { x, y } : null;
		},
		{ selector, within }
	);
}

/**
 * Click at a point and time how long until `expect` matches and is painted.
 *
 * @param {import('playwright-core').Page} page
 * @param {{ x: number, y: number }} at
 * @param {string} expect
 * @returns {Promise<{ ms: number, foundMs: number } | { error: string }>}
 */
async function timedClick(page, at, expect) {
	await page.evaluate(armSelection, { selector: expect, timeoutMs: 10_000 });
	await page.mouse.click(at.x, at.y);
	return page.evaluate(awaitSelection);
}

/** How long selection waits after the page is drawn before clicking. */
export const SETTLE_MS = 500;

/**
 * Selection in both directions, on the explorer opened at a one-week (one month below 2,000
 * events) window around a target event and a regional map view centred on it.
 * Map → timeline: click the target's marker, until the timeline shows it selected.
 * Timeline → map: click another located event on the timeline, until the map shows it selected.
 * Both are clicked once the page has been drawn for {@link SETTLE_MS} (as the filter and the search
 * are timed on a page that has been drawn for a while): a reader's first click comes later than
 * that. Map → timeline is also timed on a second load, clicked as soon as it is drawn
 * (`mapToTimelineAtOnce`): right after 100,000 events load, V8 is still collecting the loading's
 * garbage, and that click shows what it costs.
 * When the timeline shows only counts (no event to click), timeline → map is measured again with
 * the first category as a filter, and says so.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} base
 * @param {any} info the dataset's summary (targets, categories)
 * @param {Set<string>} located ids of events with a place on the map
 * @param {number} timeoutMs
 * @returns {Promise<{ mapToTimeline: any, timelineToMap: any, mapToTimelineAtOnce: any,
 *   errors: string[] }>}
 */
export async function measureSelection(browser, base, info, located, timeoutMs) {
	/** @type {string[]} */
	const errors = [];
	const days = info.size < 2000 ? 30 : 7;
	/** @type {any} */
	let mapToTimeline = { error: 'no target event stood alone on the map' };
	/** @type {any} */
	let timelineToMap = null;
	/** @type {any} */
	let mapToTimelineAtOnce = { error: 'not measured' };
	for (const target of info.targets.slice(0, 3)) {
		const iso = (/** @type {number} */ t) => new Date(t).toISOString().slice(0, 10);
		/** @param {Record<string, string>} extra */
		const open = (extra) =>
			openExplorer(
				browser,
				explorerUrl(base, info.size, {
					t: `${iso(target.earliest - (days / 2) * DAY)}..${iso(target.earliest + (days / 2 + 1) * DAY)}`,
					map: `${target.lat},${target.lon},7`,
					...extra
				}),
				info.size,
				timeoutMs
			);
		const first = await open({});
		try {
			if (first.load.error) {
				errors.push(first.load.error);
				continue;
			}
			const marker = `[data-testid="map"] .cx-marker[data-event-id="${target.id}"]`;
			const selected = `[data-testid="timeline"] .vis-item.vis-selected [data-event-id="${target.id}"]`;
			const at = await visibleCentre(first.page, marker, '[data-testid="map"] .map-canvas');
			if (!at) continue;
			await first.page.waitForTimeout(SETTLE_MS);
			mapToTimeline = await timedClick(first.page, at, selected);
			timelineToMap = await timelineClick(first.page, located, target.id);
			if (timelineToMap.error === 'none') {
				// Only counts on the timeline at every zoom: narrow the data with one category.
				const cat = info.categories[0];
				const second = await open({ cat });
				try {
					timelineToMap = await timelineClick(second.page, located, '');
					timelineToMap.note = `with the filter cat=${cat} (the unfiltered timeline shows only counts)`;
					errors.push(...second.errors);
				} finally {
					await second.context.close();
				}
			}
			errors.push(...first.errors);
			const early = await open({});
			try {
				if (early.load.error) mapToTimelineAtOnce = { error: early.load.error };
				else {
					// Where the marker is on this load: the layout can settle a few px differently.
					const here =
						(await visibleCentre(early.page, marker, '[data-testid="map"] .map-canvas')) ?? at;
					mapToTimelineAtOnce = await timedClick(early.page, here, selected);
				}
				errors.push(...early.errors);
			} finally {
				await early.context.close();
			}
			break;
		} finally {
			await first.context.close();
		}
	}
	return {
		mapToTimeline,
		timelineToMap: timelineToMap ?? { error: 'not measured' },
		mapToTimelineAtOnce,
		errors
	};
}

/**
 * Click a located event on the timeline (not `skip`), timed until the map shows it selected.
 * `{ error: 'none' }` when the timeline holds no such event.
 *
 * @param {import('playwright-core').Page} page
 * @param {Set<string>} located
 * @param {string} skip
 * @returns {Promise<any>}
 */
async function timelineClick(page, located, skip) {
	const ids = await page.evaluate(() =>
		[...document.querySelectorAll('[data-testid="timeline"] .vis-item [data-event-id]')].map(
			(el) => el.getAttribute('data-event-id') ?? ''
		)
	);
	for (const id of ids) {
		if (id === skip || !located.has(id)) continue;
		const at = await visibleCentre(
			page,
			`[data-testid="timeline"] .vis-item [data-event-id="${id}"]`,
			'[data-testid="timeline"] .vis-center'
		);
		if (!at) continue;
		const r = await timedClick(
			page,
			at,
			`[data-testid="map"] .cx-marker.is-selected[data-event-id="${id}"]`
		);
		return { ...r, id };
	}
	return { error: 'none' };
}
