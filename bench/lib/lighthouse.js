/**
 * Lighthouse (npm `lighthouse` 12.x: 13 needs Node 22) against the served build, with its default
 * configuration, which is the mobile preset (Moto G Power emulation, simulated slow 4G and 4× CPU
 * slowdown), in the same Chromium the rest of the benchmark uses. Offline: the page is on
 * 127.0.0.1 and Lighthouse itself fetches nothing.
 */
import { findChromium } from '../../tests/e2e/browser.js';

/** Flags for Chromium under Lighthouse: headless, as root in containers, no GPU. */
export const LIGHTHOUSE_CHROME_FLAGS = Object.freeze([
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	// The local static host's self-signed certificate (static-host.js).
	'--ignore-certificate-errors'
]);

/** The metrics we print, by Lighthouse audit id. */
const METRICS = /** @type {const} */ ([
	['first-contentful-paint', 'FCP'],
	['largest-contentful-paint', 'LCP'],
	['total-blocking-time', 'TBT'],
	['cumulative-layout-shift', 'CLS'],
	['speed-index', 'Speed Index'],
	['interactive', 'TTI']
]);

/** Audits whose details say where a score is lost. */
const FINDINGS = [
	'render-blocking-resources',
	'unused-javascript',
	'bootup-time',
	'mainthread-work-breakdown',
	'long-tasks',
	'largest-contentful-paint-element',
	'layout-shifts',
	'total-byte-weight'
];

/**
 * One line for an audit's detail row (a URL or element with its cost).
 *
 * @param {any} r
 * @returns {string}
 */
function describeItem(r) {
	const what =
		r.url ??
		r.groupLabel ??
		r.node?.selector ??
		r.items?.[0]?.node?.selector ??
		r.phase ??
		JSON.stringify(r).slice(0, 80);
	const cost = [
		r.score != null && r.node ? `shift ${r.score.toFixed(3)}` : '',
		r.wastedMs != null ? `${Math.round(r.wastedMs)} ms saved` : '',
		r.wastedBytes != null ? `${Math.round(r.wastedBytes / 1024)} KiB unused` : '',
		r.total != null ? `${Math.round(r.total)} ms` : '',
		r.duration != null ? `${Math.round(r.duration)} ms at ${Math.round(r.startTime ?? 0)} ms` : '',
		r.totalBytes != null ? `${Math.round(r.totalBytes / 1024)} KiB` : '',
		r.timing != null ? `${Math.round(r.timing)} ms` : ''
	]
		.filter(Boolean)
		.join(', ');
	return `${String(what).replace(/^https?:\/\/[^/]+/, '')}${cost ? `: ${cost}` : ''}`;
}

/**
 * Run Lighthouse's performance category on `url`.
 *
 * @param {string} url
 * @returns {Promise<{ score: number, metrics: { id: string, label: string, value: number,
 *   display: string, score: number | null }[], lighthouseVersion: string, userAgent: string,
 *   formFactor: string, throttling: string, findings: { id: string, title: string,
 *   display: string, items: string[] }[] }>} `findings`: the opportunities and diagnostics that
 *   explain a score (render-blocking resources, unused JS, main-thread work, long tasks, LCP)
 */
export async function runLighthouse(url) {
	const [{ default: lighthouse }, chromeLauncher] = await Promise.all([
		import('lighthouse'),
		import('chrome-launcher')
	]);
	const chrome = await chromeLauncher.launch({
		chromePath: findChromium(),
		chromeFlags: [...LIGHTHOUSE_CHROME_FLAGS]
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance']
		});
		if (!result) throw new Error('Lighthouse returned nothing');
		const lhr = result.lhr;
		if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
		return {
			score: Math.round((lhr.categories.performance.score ?? NaN) * 100),
			metrics: METRICS.map(([id, label]) => {
				const a = lhr.audits[id];
				return {
					id,
					label,
					value: a?.numericValue ?? NaN,
					display: a?.displayValue ?? '—',
					score: a?.score ?? null
				};
			}),
			lighthouseVersion: lhr.lighthouseVersion,
			userAgent: lhr.environment?.networkUserAgent ?? '',
			formFactor: lhr.configSettings.formFactor ?? '',
			throttling: lhr.configSettings.throttlingMethod ?? '',
			findings: FINDINGS.map((id) => {
				const a = /** @type {any} */ (lhr.audits[id]);
				// Rows only: LCP's element audit also lists a table of its phases as an item.
				const rows = /** @type {any[]} */ (a?.details?.items ?? []).filter((r) => !r?.type);
				return {
					id,
					title: a?.title ?? id,
					display: a?.displayValue ?? '',
					items: rows.slice(0, 4).map((r) => describeItem(r))
				};
			}).filter((f) => f.display || f.items.length)
		};
	} finally {
		chrome.kill();
	}
}
