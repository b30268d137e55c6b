/**
 * The views follow each other (real vis-timeline and Leaflet, the built site, the bundled
 * dataset): a selection on the timeline, the map or the list reaches the others and the detail;
 * hovering one view highlights the others; the window dims (or hides) what lies outside it on the
 * map; `?event=` opens with a selection; an online event's linked places are ringed on the map.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	LIST,
	MAP,
	TIMELINE,
	byEventId,
	collectConsoleErrors,
	listRow,
	mapMarker,
	openExplorer,
	timelineItem,
	useSite,
	waitForSelected,
	waitInPage
} from './helpers.js';
import { useBundledEvents } from './testData.js';

const site = useSite();

const eventById = useBundledEvents();

/**
 * What shows an event on the timeline: its own item, or the "+N" chip it was folded into when
 * its title had no room.
 *
 * @param {string} id
 */
function timelineMark(id) {
	return `${TIMELINE} .vis-item:has(${byEventId(id)}), ${TIMELINE} .vis-item:has([data-holds~="${id}"])`;
}

/**
 * Wait until an element matching `selector` has class `cls` (`present: false`: until none has).
 *
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 * @param {string} cls
 * @param {string} what for the failure message
 * @param {{ present?: boolean }} [options]
 */
async function waitForClass(page, selector, cls, what, { present = true } = {}) {
	await waitInPage(
		page,
		({ selector, cls, present }) => {
			const els = [...document.querySelectorAll(selector)];
			return present
				? els.some((el) => el.classList.contains(cls))
				: els.every((el) => !el.classList.contains(cls));
		},
		{ selector, cls, present },
		{
			message: `${what}: expected ${selector} ${present ? 'to have' : 'not to have'} .${cls}`,
			describe: ({ selector }) =>
				[...document.querySelectorAll(selector)].map((el) => el.className).slice(0, 5)
		}
	);
}

/**
 * Wait until an event's label sits inside the timeline's visible panel (brought into view).
 *
 * @param {import('playwright-core').Page} page
 * @param {string} id
 */
async function waitForTimelineInView(page, id) {
	await waitInPage(
		page,
		({ timeline, sel }) => {
			const panel = document.querySelector(`${timeline} .vis-panel.vis-center`);
			const label = document.querySelector(`${timeline} .vis-item ${sel}`);
			if (!panel || !label) return false;
			const p = panel.getBoundingClientRect();
			const r = label.getBoundingClientRect();
			// The item's start (its left edge) is inside the panel horizontally.
			return r.left >= p.left - 1 && r.left <= p.right + 1;
		},
		{ timeline: TIMELINE, sel: byEventId(id) },
		{
			message: `timeline: expected the item of ${id} inside the visible window`,
			describe: ({ timeline, sel }) => {
				const p = document.querySelector(`${timeline} .vis-panel.vis-center`);
				const l = document.querySelector(`${timeline} .vis-item ${sel}`);
				return {
					panel: p?.getBoundingClientRect().toJSON(),
					label: l?.getBoundingClientRect().toJSON() ?? 'no item in the DOM'
				};
			}
		}
	);
}

/**
 * Wait until an event's marker sits near the middle of the map (the map panned to it).
 *
 * @param {import('playwright-core').Page} page
 * @param {string} id
 */
async function waitForMapCentredOn(page, id) {
	await waitInPage(
		page,
		({ map, sel }) => {
			const canvas = document.querySelector(`${map} .leaflet-container`);
			const marker = document.querySelector(`${map} [data-testid="map-marker"]${sel}`);
			if (!canvas || !marker) return false;
			const c = canvas.getBoundingClientRect();
			const m = marker.getBoundingClientRect();
			const dx = m.left + m.width / 2 - (c.left + c.width / 2);
			const dy = m.top + m.height / 2 - (c.top + c.height / 2);
			return Math.hypot(dx, dy) < 24;
		},
		{ map: MAP, sel: byEventId(id) },
		{
			message: `map: expected the marker of ${id} at the centre of the map (panned to it)`,
			describe: ({ map, sel }) => {
				const c = document.querySelector(`${map} .leaflet-container`)?.getBoundingClientRect();
				const m = document
					.querySelector(`${map} [data-testid="map-marker"]${sel}`)
					?.getBoundingClientRect();
				return { map: c?.toJSON(), marker: m?.toJSON() ?? 'no marker in the DOM' };
			}
		}
	);
}

/**
 * Wait until the list row of an event is inside the list's scrolled viewport.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} id
 */
async function waitForRowInView(page, id) {
	await waitInPage(
		page,
		({ list, sel }) => {
			const scroller = document.querySelector(list);
			const row = document.querySelector(`${list} li${sel}`);
			if (!scroller || !row) return false;
			const s = scroller.getBoundingClientRect();
			const r = row.getBoundingClientRect();
			return r.top >= s.top - 1 && r.top + 20 <= s.bottom + 1;
		},
		{ list: LIST, sel: byEventId(id) },
		{
			message: `list: expected the row of ${id} scrolled into view`,
			describe: ({ list, sel }) => ({
				list: document.querySelector(list)?.getBoundingClientRect().toJSON(),
				row: document.querySelector(`${list} li${sel}`)?.getBoundingClientRect().toJSON()
			})
		}
	);
}

/**
 * Everything a selection must reach outside the view it was made in.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} id
 */
async function expectSelectedEverywhere(page, id) {
	await waitForSelected(page, id);
	await waitForClass(page, `${TIMELINE} .vis-item:has(${byEventId(id)})`, 'vis-selected', id);
	await waitForClass(page, `${MAP} [data-testid="map-marker"]${byEventId(id)}`, 'is-selected', id);
	assert.equal(await mapMarker(page, id).getAttribute('aria-current'), 'true');
	await waitForClass(page, `${LIST} li${byEventId(id)}`, 'selected', id);
	assert.equal(
		(await page.getByTestId('detail-title').textContent())?.trim(),
		eventById(id).title,
		'the detail panel shows the selected event'
	);
	// Exactly one of each is marked (a point item's separate dot is marked too: not counted).
	assert.equal(
		await page.locator(`${TIMELINE} .vis-item.vis-selected:has([data-event-id])`).count(),
		1
	);
	assert.equal(await page.locator(`${MAP} .cx-marker.is-selected`).count(), 1);
	assert.equal(await page.locator(`${LIST} li.selected`).count(), 1);
}

test('clicking a timeline item selects it: map marks and centres it, detail and list follow', async () => {
	const page = await site.newPage();
	const errors = collectConsoleErrors(page);
	const id = 'tehran-rally-2018';
	await openExplorer(page, site.url, '?t=2018-05-25..2018-06-20');
	assert.equal(await mapMarker(page, id).count(), 0, 'clustered on the map before selection');

	await timelineItem(page, id).waitFor();
	await page.locator(`${TIMELINE} .vis-item ${byEventId(id)}`).click();
	await expectSelectedEverywhere(page, id);
	await waitForMapCentredOn(page, id);
	await waitForRowInView(page, id);
	assert.deepEqual(errors, []);
	await page.context().close();
});

test('clicking a map marker selects it and brings it into the timeline window', async () => {
	const page = await site.newPage();
	const errors = collectConsoleErrors(page);
	const id = 'abuja-fly-the-flag-2020';
	// A window far from 2020: the timeline must move to show the item.
	await openExplorer(page, site.url, '?t=1979-01-01..1980-06-01');
	const marker = mapMarker(page, id);
	await marker.waitFor();
	assert.equal(await marker.getAttribute('data-dim'), '', 'outside the window: dimmed');

	await marker.click();
	await expectSelectedEverywhere(page, id);
	await waitForTimelineInView(page, id);
	await waitForRowInView(page, id);
	assert.deepEqual(errors, []);
	await page.context().close();
});

test('clicking a list row selects it on the timeline (in view) and on the map (centred)', async () => {
	const page = await site.newPage();
	const errors = collectConsoleErrors(page);
	const id = 'toronto-rally-2013';
	await openExplorer(page, site.url, '?t=1979-01-01..1980-06-01');
	assert.equal(await mapMarker(page, id).count(), 0, 'clustered on the map before selection');

	await listRow(page, id).getByRole('button').first().click();
	await expectSelectedEverywhere(page, id);
	await waitForTimelineInView(page, id);
	await waitForMapCentredOn(page, id);
	assert.deepEqual(errors, []);
	await page.context().close();
});

test('hovering a list row highlights its timeline item and its marker (or its cluster)', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url);

	// A lone marker: the marker itself lights up.
	const lone = 'abuja-fly-the-flag-2020';
	await mapMarker(page, lone).waitFor();
	await listRow(page, lone).getByRole('button').first().hover();
	await waitForClass(page, timelineMark(lone), 'is-hovered', lone);
	await waitForClass(
		page,
		`${MAP} [data-testid="map-marker"]${byEventId(lone)}`,
		'is-hovered',
		lone
	);
	assert.equal(await page.locator(`${TIMELINE} .vis-item.is-hovered`).count(), 1);
	assert.equal(await page.locator(`${MAP} .is-hovered`).count(), 1);

	// An event inside a cluster: the cluster holding it lights up.
	const clustered = 'london-rally-2018';
	assert.equal(await mapMarker(page, clustered).count(), 0, 'London events are clustered');
	await listRow(page, clustered).getByRole('button').first().hover();
	await waitForClass(page, timelineMark(clustered), 'is-hovered', clustered);
	await waitForClass(page, `${MAP} [data-testid="map-cluster"]`, 'is-hovered', clustered);
	await waitForClass(page, `${MAP} [data-testid="map-marker"]`, 'is-hovered', lone, {
		present: false
	});

	// Leaving the list clears every highlight.
	await page.locator('h1').hover();
	await waitForClass(page, `${TIMELINE} .vis-item`, 'is-hovered', 'timeline', { present: false });
	await waitForClass(page, `${MAP} .cx-marker, ${MAP} .cx-cluster`, 'is-hovered', 'map', {
		present: false
	});
	await page.context().close();
});

test('hovering a map marker highlights the list row and the timeline item', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url);
	const id = 'abuja-fly-the-flag-2020';
	await mapMarker(page, id).hover();
	await waitForClass(page, `${LIST} li${byEventId(id)}`, 'hovered', id);
	await waitForClass(page, timelineMark(id), 'is-hovered', id);
	await page.context().close();
});

test('zooming the timeline dims the markers of events outside its window', async () => {
	const page = await site.newPage();
	await openExplorer(page, site.url);
	const late = 'budgam-magam-rally-2025';
	await mapMarker(page, late).waitFor();
	// The first window frames 1979–2025 (the lone 1948 event is reached by the edge cue).
	assert.equal(await mapMarker(page, late).getAttribute('data-dim'), null, 'not dim at first');
	assert.equal(await page.locator(`${LIST} li.outside${byEventId(late)}`).count(), 0);

	// Zoom in around the middle of 1948–2025 with the timeline's own buttons.
	const zoomIn = page.getByRole('button', { name: 'Zoom in on the timeline' });
	for (let i = 0; i < 3; i++) await zoomIn.click();
	await waitInPage(
		page,
		(sel) => document.querySelector(sel)?.hasAttribute('data-dim') === true,
		`${MAP} [data-testid="map-marker"]${byEventId(late)}`,
		{ message: `expected the 2025 marker dimmed once the timeline shows only the 1980s` }
	);
	await waitForClass(page, `${LIST} li${byEventId(late)}`, 'outside', late);
	await page.context().close();
});

test('?t= narrows the window: markers outside it are dimmed, or hidden with mode=hide', async () => {
	const page = await site.newPage();
	const inside = 'abuja-fly-the-flag-2020';
	const outside = 'budgam-magam-rally-2025';

	await openExplorer(page, site.url, '?t=2020-05-01..2020-06-01');
	await mapMarker(page, inside).waitFor();
	assert.equal(await mapMarker(page, inside).getAttribute('data-dim'), null, 'in the window');
	assert.equal(await mapMarker(page, outside).getAttribute('data-dim'), '', 'outside: dimmed');
	assert.equal(await listRow(page, outside).count(), 1, 'dim mode keeps the row');
	assert.match((await listRow(page, outside).getAttribute('class')) ?? '', /\boutside\b/);

	await openExplorer(page, site.url, '?t=2020-05-01..2020-06-01&mode=hide');
	await mapMarker(page, inside).waitFor();
	assert.equal(await mapMarker(page, outside).count(), 0, 'hide mode: no marker');
	assert.equal(await listRow(page, outside).count(), 0, 'hide mode: no row');
	assert.equal(await page.locator(`${MAP} [data-dim]`).count(), 0, 'nothing is left to dim');
	await page.context().close();
});

test('?event= opens the explorer with that event selected in every view', async () => {
	const page = await site.newPage();
	const errors = collectConsoleErrors(page);
	const id = 'copenhagen-rally-2018';
	await openExplorer(page, site.url, `?event=${id}`);
	await expectSelectedEverywhere(page, id);
	await waitForMapCentredOn(page, id);
	await waitForRowInView(page, id);
	assert.deepEqual(errors, []);
	await page.context().close();
});
