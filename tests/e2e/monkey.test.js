/**
 * Monkey test: 10,000 random interactions from a seeded generator (clicks, drags, wheel turns,
 * key presses, filter and search changes, window resizes) on the explorer end with no uncaught
 * error and no console error. Interactions run in batches inside the page, yielding a frame
 * between small groups so the app's effects and the libraries' handlers run as they would.
 * A failure names the seed and batch; rerun with MONKEY_SEED=<seed> to replay it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectConsoleErrors, EXPLORER, openExplorer, useSite } from './helpers.js';

const site = useSite();
const TOTAL = 10_000;
const BATCH = 1_000;
const SEED = Number(process.env.MONKEY_SEED ?? 20261203);
const SIZES = [
	[1280, 800],
	[375, 812],
	[1920, 1080],
	[800, 600]
];

/**
 * Run `n` interactions in the page from `seed`.
 * @param {import('playwright-core').Page} page
 * @param {number} seed
 * @param {number} n
 */
function monkey(page, seed, n) {
	return page.evaluate(
		async ({ seed, n, root }) => {
			// mulberry32: small, seeded, good enough to pick actions.
			let a = seed >>> 0;
			const rand = () => {
				a = (a + 0x6d2b79f5) >>> 0;
				let t = a;
				t = Math.imul(t ^ (t >>> 15), t | 1);
				t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
				return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
			};
			/** @template T @param {T[]} xs @returns {T | undefined} */
			const pick = (xs) => xs[Math.floor(rand() * xs.length)];
			const explorer = /** @type {HTMLElement} */ (document.querySelector(root));
			/** Things to click: never a link away from the page, the tiles box or Copy link. */
			const clickable = () => {
				/** @type {HTMLElement[]} */
				const out = [];
				const all = explorer.querySelectorAll(
					'button, [role="button"], input[type="checkbox"], input[type="radio"], summary, .vis-item, .leaflet-container, .vis-panel.vis-center'
				);
				for (const el of all) {
					if (!(el instanceof HTMLElement)) continue;
					if (el.closest('label')?.textContent?.includes('Online map tiles')) continue;
					if (el.dataset.testid === 'copy-link') continue;
					out.push(el);
				}
				return out;
			};
			const KEYS = [
				'ArrowLeft',
				'ArrowRight',
				'ArrowUp',
				'ArrowDown',
				'Home',
				'End',
				'Escape',
				'Enter',
				' ',
				'Tab',
				'+',
				'-',
				'f',
				'/'
			];
			const WORDS = ['', 'quds', 'tehran', 'rally', 'x', 'london', '<b>', 'é'];
			/** @param {HTMLElement} el @param {string} type @param {number} x @param {number} y @param {object} [extra] */
			const pointer = (el, type, x, y, extra = {}) =>
				el.dispatchEvent(
					new PointerEvent(type, {
						bubbles: true,
						cancelable: true,
						clientX: x,
						clientY: y,
						pointerId: 1,
						isPrimary: true,
						button: 0,
						buttons: type === 'pointerup' ? 0 : 1,
						pointerType: 'mouse',
						...extra
					})
				);
			for (let i = 0; i < n; i++) {
				const r = rand();
				const el = pick(clickable());
				const box = el?.getBoundingClientRect();
				const x = box ? box.left + rand() * box.width : rand() * innerWidth;
				const y = box ? box.top + rand() * box.height : rand() * innerHeight;
				if (r < 0.35 && el) {
					el.click();
				} else if (r < 0.5 && el) {
					// A drag: down, a few moves, up (vis-timeline pans, Leaflet drags).
					pointer(el, 'pointerdown', x, y);
					el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, clientX: x, clientY: y }));
					for (let k = 1; k <= 3; k++) {
						const dx = (rand() - 0.5) * 200;
						pointer(el, 'pointermove', x + dx * k, y);
						// As a real pointer does, the move goes to the element under it, never to the
						// document itself (Leaflet reads the target's class).
						(document.elementFromPoint(x + dx * k, y) ?? el).dispatchEvent(
							new MouseEvent('mousemove', { bubbles: true, clientX: x + dx * k, clientY: y })
						);
					}
					pointer(el, 'pointerup', x, y);
					(document.elementFromPoint(x, y) ?? el).dispatchEvent(
						new MouseEvent('mouseup', { bubbles: true, clientX: x, clientY: y })
					);
				} else if (r < 0.62 && el) {
					el.dispatchEvent(
						new WheelEvent('wheel', {
							bubbles: true,
							cancelable: true,
							clientX: x,
							clientY: y,
							deltaY: (rand() - 0.5) * 600,
							ctrlKey: rand() < 0.5
						})
					);
				} else if (r < 0.85) {
					const target = /** @type {HTMLElement} */ (
						rand() < 0.5 && el ? el : (document.activeElement ?? document.body)
					);
					if (rand() < 0.5) el?.focus?.();
					const key = /** @type {string} */ (pick(KEYS));
					target.dispatchEvent(
						new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
					);
					target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true }));
				} else if (r < 0.95) {
					const search = /** @type {HTMLInputElement | null} */ (
						explorer.querySelector('input[type="search"]')
					);
					if (search) {
						search.value = /** @type {string} */ (pick(WORDS));
						search.dispatchEvent(new Event('input', { bubbles: true }));
					}
				} else {
					const select = /** @type {HTMLSelectElement | null} */ (
						pick([...explorer.querySelectorAll('select')])
					);
					if (select && select.options.length) {
						select.selectedIndex = Math.floor(rand() * select.options.length);
						select.dispatchEvent(new Event('change', { bubbles: true }));
					}
				}
				// Let the app's effects and the libraries' frames run every few actions.
				if (i % 8 === 7) await new Promise((r) => requestAnimationFrame(() => r(undefined)));
			}
		},
		{ seed, n, root: EXPLORER }
	);
}

test(
	`${TOTAL.toLocaleString('en')} random interactions: no uncaught error, no console error`,
	{ timeout: 300_000 },
	async () => {
		const page = await site.newPage();
		const errors = collectConsoleErrors(page);
		// Nothing leaves the page: a click that would navigate away is stopped, and a new page is closed.
		page.context().on('page', (p) => void p.close());
		await openExplorer(page, site.url);
		for (let b = 0; b < TOTAL / BATCH; b++) {
			const [w, h] = /** @type {number[]} */ (SIZES[b % SIZES.length]);
			await page.setViewportSize({
				width: /** @type {number} */ (w),
				height: /** @type {number} */ (h)
			});
			await monkey(page, SEED + b, BATCH);
			assert.equal(
				new URL(page.url()).pathname,
				new URL(site.url).pathname,
				`batch ${b}: still on the explorer`
			);
			assert.deepEqual(errors, [], `seed ${SEED}, batch ${b}`);
		}
		// Still working: the explorer draws again after it all.
		await page.locator(`${EXPLORER}[data-layout]`).waitFor();
		assert.deepEqual(errors, []);
		await page.context().close();
	}
);
