/**
 * The query that makes "Sources and method" describe the data an explorer shows: the page's own
 * `data=` or `dataset=` parameter, alone (`?data=…`), or `''` for the bundled dataset.
 */
export function aboutQuery(search: string): string {
	const params = new URLSearchParams(search);
	const out = new URLSearchParams();
	for (const name of ['data', 'dataset']) {
		const value = params.get(name);
		if (value) out.set(name, value);
	}
	const q = out.toString();
	return q ? `?${q}` : '';
}
