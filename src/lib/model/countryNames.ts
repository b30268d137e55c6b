/**
 * Country names in English from ISO 3166-1 alpha-2 codes, through `Intl.DisplayNames`, with the
 * names of a dataset worked out ahead where they can be (at build time).
 */
import type { Event } from './types';

let regionNames: Intl.DisplayNames | null = null;
const namesGiven = new Map<string, string>();

/**
 * Names worked out ahead (the bundled dataset's, at build time): the first view then needs no
 * `Intl.DisplayNames`, whose set-up costs about 10 ms of the page's start, and shows the names the
 * prerendered page has.
 */
export function primeCountryNames(names: Record<string, string>): void {
	for (const [code, name] of Object.entries(names)) namesGiven.set(code, name);
}

/** The English name of an ISO 3166-1 alpha-2 code, via Intl. */
export function countryName(code: string): string {
	const given = namesGiven.get(code);
	if (given !== undefined) return given;
	try {
		regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
		return regionNames.of(code) ?? code;
	} catch {
		return code;
	}
}

/** The names of the countries a dataset's places (and their linked places) are in. */
export function countryNamesOf(events: readonly Event[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const e of events) {
		for (const p of [e.place, ...(e.place.linked ?? [])]) {
			if (p.country && !Object.hasOwn(out, p.country)) out[p.country] = countryName(p.country);
		}
	}
	return out;
}
