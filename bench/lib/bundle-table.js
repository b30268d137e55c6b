/**
 * The "Size of /" section of the report: what the first load downloads, per build.
 */
import { change } from './rows.js';
import { total } from './sizes.js';
import { fmt, table } from './stats.js';

/**
 * @typedef {{ html: import('./sizes.js').FileSize, js: import('./sizes.js').FileSize[],
 *   css: import('./sizes.js').FileSize[], beforeDrawn: import('./sizes.js').FileSize[] }} Bundle
 */

/**
 * The lines of the section: one build as files, raw and gzip sizes with the biggest files; several
 * builds as files and gzip sizes side by side with each later build's difference from the first.
 *
 * @param {Bundle[]} bundles one per build
 * @param {string[]} labels the builds' labels ('' for a single build)
 * @returns {string[]}
 */
export function bundleTable(bundles, labels) {
	/** @param {Bundle} b @returns {[string, { files: number, bytes: number, gzip: number }][]} */
	const measures = (b) => {
		const js = total(b.js);
		const css = total(b.css);
		const drawn = total(b.beforeDrawn);
		return [
			['initial JS (modulepreload + entry imports)', { files: b.js.length, ...js }],
			['initial CSS (stylesheets)', { files: b.css.length, ...css }],
			[
				'initial JS + CSS',
				{
					files: b.js.length + b.css.length,
					bytes: js.bytes + css.bytes,
					gzip: js.gzip + css.gzip
				}
			],
			['index.html (prerendered, with the bundled dataset)', { files: 1, ...b.html }],
			['JS + CSS fetched before drawn (lazy chunks too)', { files: b.beforeDrawn.length, ...drawn }]
		];
	};
	const per = bundles.map(measures);
	const kib = (/** @type {number} */ v) => fmt(v / 1024, 1);
	const out = ['', '== Size of / (gzip, zlib default level)'];
	if (bundles.length === 1) {
		const rows = (per[0] ?? []).map(([what, m]) => [
			what,
			String(m.files),
			kib(m.bytes),
			kib(m.gzip)
		]);
		out.push(table(['what', 'files', 'raw KiB', 'gzip KiB'], rows, ['l', 'r', 'r', 'r']));
	} else {
		const later = labels.slice(1);
		const rows = (per[0] ?? []).map(([what], i) => {
			const sizes = per.map((p) => /** @type {{ files: number, gzip: number }} */ (p[i]?.[1]));
			return [
				what,
				...sizes.flatMap((m) => [String(m.files), kib(m.gzip)]),
				...sizes.slice(1).map((m) => {
					const d = m.gzip - (sizes[0]?.gzip ?? NaN);
					return change(d / 1024, d / (sizes[0]?.gzip ?? NaN), 1);
				})
			];
		});
		out.push(
			table(
				[
					'what',
					...labels.flatMap((l) => [`files ${l}`, `gzip KiB ${l}`]),
					...later.map((l) => `${l} − ${labels[0]} KiB`)
				],
				rows,
				[
					'l',
					...labels.flatMap(() => /** @type {const} */ (['r', 'r'])),
					...later.map(() => /** @type {const} */ ('r'))
				]
			)
		);
	}
	bundles.forEach((b, i) => {
		out.push(labels[i] ? `  biggest in ${labels[i]}:` : '  biggest:');
		const biggest = [...b.beforeDrawn, ...b.js, ...b.css]
			.filter((f, j, all) => all.findIndex((g) => g.path === f.path) === j)
			.sort((x, y) => y.gzip - x.gzip)
			.slice(0, 6);
		const initial = new Set([...b.js, ...b.css].map((f) => f.path));
		for (const f of biggest) {
			out.push(
				`    ${kib(f.gzip).padStart(7)} KiB gzip  ${f.path}${initial.has(f.path) ? '  (initial)' : '  (lazy)'}`
			);
		}
	});
	return out;
}
