/**
 * The gazetteer in the browser: fetched from the site (`/gazetteer.json`, about 1.5 MB gzip) the
 * first time a file has a place name without coordinates, so the browser resolves names as the
 * command line does. The lookup code is imported with it, never with the page. A failed download
 * gives null (the places stay without coordinates, as without a gazetteer) and is tried again for
 * the next file.
 */
import type { PlaceResolver } from '$lib/model/formats/assembleDataset';
import type { GazetteerData } from '$lib/model/gazetteer';

/** One download per address for this page (or worker). */
const loading = new Map<string, Promise<PlaceResolver | null>>();

/** A resolver over the gazetteer at `url`, or null when it cannot be had. */
export function gazetteerResolver(
	url: string,
	fetcher: typeof fetch = fetch
): Promise<PlaceResolver | null> {
	let p = loading.get(url);
	if (!p) {
		p = load(url, fetcher);
		loading.set(url, p);
		void p.then((r) => {
			if (!r) loading.delete(url);
		});
	}
	return p;
}

async function load(url: string, fetcher: typeof fetch): Promise<PlaceResolver | null> {
	try {
		const res = await fetcher(url);
		if (!res.ok) return null;
		const data = (await res.json()) as GazetteerData;
		if (!data || typeof data !== 'object' || !data.cities || !data.countries) return null;
		const { loadGazetteer, resolvePlace } = await import('$lib/model/gazetteer');
		const g = loadGazetteer(data);
		return (name, country) => resolvePlace(g, name, country);
	} catch {
		return null;
	}
}
