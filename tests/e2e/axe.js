/**
 * axe-core in the browser tests: run it on a page (under the site's Content Security Policy, so
 * it is evaluated rather than added as a script tag) and format what it finds.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * @typedef {object} AxeViolation
 * @property {string} id rule id, e.g. `color-contrast`
 * @property {string} impact `serious` or `critical`
 * @property {string} help
 * @property {string} helpUrl
 * @property {{ target: unknown[], html: string, failureSummary?: string }[]} nodes
 */

/** @type {string | undefined} */
let axeSource;

/**
 * Run axe-core on the current page and return its serious and critical violations
 * (an empty array means the page passes).
 *
 * @param {import('playwright-core').Page} page
 * @param {object} [options]
 * @param {string | string[]} [options.include] CSS selector(s) to limit the scan to
 * @param {string | string[]} [options.exclude] CSS selector(s) to leave out of the scan
 * @param {string[]} [options.disableRules] axe rule ids to skip (say why at the call site)
 * @param {string[]} [options.enableRules] axe rules that are off by default to run too (e.g.
 *   `target-size`, which Lighthouse runs)
 * @returns {Promise<AxeViolation[]>}
 */
export async function axeScan(
	page,
	{ include, exclude, disableRules = [], enableRules = [] } = {}
) {
	axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
	if (!(await page.evaluate(() => 'axe' in window))) {
		// Evaluated, not added as a <script>: the site's Content-Security-Policy blocks inline scripts.
		await page.evaluate(axeSource);
	}
	return page.evaluate(
		async ({ include, exclude, disableRules, enableRules }) => {
			/** @type {{ run: (context: unknown, options: object) => Promise<{ violations: AxeViolation[] }> }} */
			const axe = Reflect.get(window, 'axe');
			const context =
				include || exclude
					? {
							include: include ? [include].flat().map((s) => [s]) : [['html']],
							exclude: exclude ? [exclude].flat().map((s) => [s]) : []
						}
					: document;
			const rules = Object.fromEntries([
				...enableRules.map((id) => [id, { enabled: true }]),
				...disableRules.map((id) => [id, { enabled: false }])
			]);
			const { violations } = await axe.run(context, { resultTypes: ['violations'], rules });
			return violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => ({
					id: v.id,
					impact: v.impact,
					help: v.help,
					helpUrl: v.helpUrl,
					nodes: v.nodes.map((n) => ({
						target: n.target,
						html: n.html,
						failureSummary: n.failureSummary
					}))
				}));
		},
		{ include, exclude, disableRules, enableRules }
	);
}

/**
 * Readable one-block summary of {@link axeScan} results, for assertion messages.
 *
 * @param {AxeViolation[]} violations
 * @returns {string}
 */
export function formatViolations(violations) {
	return violations
		.map(
			(v) =>
				`[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
				v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.html}`).join('\n')
		)
		.join('\n');
}
