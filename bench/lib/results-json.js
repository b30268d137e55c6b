/**
 * The JSON the benchmark writes: for a single build in the shape it has always had
 * (`sizes[n].ours`, `bundle`, `lighthouse`, `options.build`); for several, each size's runs per
 * build in `sizes[n].builds`, labelled as in the report.
 */

/**
 * @param {Record<string, any>} results
 * @returns {Record<string, any>}
 */
export function resultsJson(results) {
	const { builds, options, sizes, bundles, lighthouse, ...rest } = results;
	const { builds: _dirs, ...opts } = options;
	if (builds.length > 1) {
		return {
			...rest,
			options: { ...opts, builds: builds.map((/** @type {any} */ b) => b.name) },
			builds,
			sizes: Object.fromEntries(
				Object.entries(sizes).map(([n, s]) => [
					n,
					{
						...s,
						builds: s.builds.map((/** @type {any} */ b, /** @type {number} */ i) => ({
							...builds[i],
							...b
						}))
					}
				])
			),
			bundles,
			...(lighthouse ? { lighthouse } : {})
		};
	}
	return {
		...rest,
		options: { ...opts, build: builds[0]?.name },
		sizes: Object.fromEntries(
			Object.entries(sizes).map(([n, s]) => [
				n,
				{
					dataset: s.dataset,
					ours: s.builds[0].ours,
					comparisons: s.comparisons,
					profile: s.builds[0].profile,
					summary: { ours: s.summary?.ours?.[0], comparisons: s.summary?.comparisons }
				}
			])
		),
		bundle: bundles[0],
		...(lighthouse ? { lighthouse: lighthouse[0] } : {})
	};
}
