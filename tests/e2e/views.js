/**
 * Locators, waits and readings of the explorer's views for the browser tests: the view roots,
 * an event's item, marker or row, polling waits, and what each view shows now. Re-exported by
 * helpers.js, where tests import them from.
 */

/** The timeline, map and list roots. */
export const TIMELINE = '[data-testid="timeline"]';
export const MAP = '[data-testid="map"]';
export const LIST = '[data-testid="event-list"]';

/**
 * A CSS attribute selector for an event id, quoted for CSS.
 *
 * @param {string} id
 * @returns {string} e.g. `[data-event-id="tehran-rally-2018"]`
 */
export function byEventId(id) {
	return `[data-event-id=${JSON.stringify(id)}]`;
}

/**
 * The timeline item (`.vis-item`) that holds an event's label.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} id
 * @returns {import('playwright-core').Locator}
 */
export function timelineItem(page, id) {
	return page.locator(`${TIMELINE} .vis-item:has(${byEventId(id)})`);
}

/**
 * An event's own marker on the map (not a cluster, not an Online-box button).
 *
 * @param {import('playwright-core').Page} page
 * @param {string} id
 * @returns {import('playwright-core').Locator}
 */
export function mapMarker(page, id) {
	return page.locator(`${MAP} [data-testid="map-marker"]${byEventId(id)}`);
}

/**
 * An event's row in the list.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} id
 * @returns {import('playwright-core').Locator}
 */
export function listRow(page, id) {
	return page.locator(`${LIST} li${byEventId(id)}`);
}

/**
 * Wait until a function run in the page returns a truthy value; on timeout, throw `message`
 * (plus, when given, what `describe` reports in the page at that moment), so a failure says
 * what was expected and what was there instead.
 *
 * @template A
 * @param {import('playwright-core').Page} page
 * @param {(arg: A) => unknown} fn runs in the page (rAF polling)
 * @param {A} arg serializable argument for `fn`
 * @param {object} options
 * @param {string} options.message what was being waited for
 * @param {(arg: A) => unknown} [options.describe] runs in the page on failure; its result is
 *   JSON-encoded into the error
 * @param {number} [options.timeout] default 5 s
 * @returns {Promise<void>}
 */
export async function waitInPage(page, fn, arg, { message, describe, timeout = 5_000 }) {
	// Playwright types the argument through its Unboxed<> mapping, which a generic A does not
	// satisfy; the functions take exactly the serializable `arg` they are given.
	const inPage = /** @type {(arg: unknown) => unknown} */ (fn);
	const describeInPage = /** @type {((arg: unknown) => unknown) | undefined} */ (describe);
	try {
		await page.waitForFunction(inPage, /** @type {unknown} */ (arg), { timeout });
	} catch (error) {
		const seen = describeInPage
			? await page.evaluate(describeInPage, /** @type {unknown} */ (arg)).catch((e) => String(e))
			: '';
		throw new Error(
			`${message} (not within ${timeout} ms)${describe ? `; found: ${JSON.stringify(seen)}` : ''}`,
			{ cause: error }
		);
	}
}

/**
 * Poll an async check from Node until it returns a truthy value (web-first, for checks that
 * need locators or several round trips). Throws with `message` and the last value seen.
 *
 * @template T
 * @param {() => Promise<T>} check
 * @param {object} options
 * @param {string} options.message what was being waited for
 * @param {number} [options.timeout] default 5 s
 * @param {number} [options.interval] ms between checks, default 50
 * @returns {Promise<NonNullable<T>>} the first truthy value
 */
export async function eventually(check, { message, timeout = 5_000, interval = 50 }) {
	const end = Date.now() + timeout;
	/** @type {unknown} */
	let last;
	for (;;) {
		try {
			last = await check();
			if (last) return /** @type {NonNullable<T>} */ (last);
		} catch (error) {
			last = error instanceof Error ? error.message : error;
		}
		if (Date.now() > end) {
			throw new Error(`${message} (not within ${timeout} ms); last seen: ${JSON.stringify(last)}`);
		}
		await new Promise((resolveTick) => setTimeout(resolveTick, interval));
	}
}

/**
 * The result count as numbers, from its `data-shown` and `data-total` (sourced events and computed
 * dates together; the text counts them apart: "12 of 61 events · 3 of 49 computed dates").
 *
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ shown: number, total: number, text: string }>}
 */
export async function resultCount(page) {
	const el = page.getByTestId('result-count');
	const text = ((await el.textContent()) ?? '').trim();
	const shown = await el.getAttribute('data-shown');
	const total = await el.getAttribute('data-total');
	if (shown === null || total === null) {
		throw new Error(`resultCount: no counts yet (text ${JSON.stringify(text)})`);
	}
	return { shown: Number(shown), total: Number(total), text };
}

/**
 * Wait until the result count shows `shown` events (and `total`, when given), sourced and
 * computed together.
 *
 * @param {import('playwright-core').Page} page
 * @param {number} shown
 * @param {number} [total]
 * @param {{ timeout?: number }} [options]
 * @returns {Promise<void>}
 */
export async function waitForCount(page, shown, total, { timeout = 5_000 } = {}) {
	await waitInPage(
		page,
		([s, t]) => {
			const el = document.querySelector('[data-testid="result-count"]');
			return (
				el?.getAttribute('data-shown') === String(s) &&
				(t === null || el?.getAttribute('data-total') === String(t))
			);
		},
		[shown, total ?? null],
		{
			message: `expected the result count to show ${shown}${total === undefined ? '' : ` of ${total}`}`,
			describe: () => document.querySelector('[data-testid="result-count"]')?.textContent?.trim(),
			timeout
		}
	);
}

/**
 * The event ids of the list's rows in the DOM, in order.
 *
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string[]>}
 */
export async function listIds(page) {
	return page
		.locator(`${LIST} li[data-event-id]`)
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-id') ?? ''));
}

/**
 * The event ids with a label on the timeline (buckets excluded).
 *
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string[]>}
 */
export async function timelineIds(page) {
	return page
		.locator(`${TIMELINE} .vis-item [data-event-id], ${TIMELINE} .vis-item [data-holds]`)
		.evaluateAll((els) =>
			els.flatMap((e) =>
				e.hasAttribute('data-holds')
					? (e.getAttribute('data-holds') ?? '').split(' ').filter(Boolean)
					: [e.getAttribute('data-event-id') ?? '']
			)
		);
}

/**
 * The event ids of the map's single markers and Online-box buttons.
 *
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string[]>}
 */
export async function mapIds(page) {
	return page
		.locator(`${MAP} [data-event-id]`)
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id') ?? ''));
}
