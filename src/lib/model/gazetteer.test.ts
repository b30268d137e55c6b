import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	buildGazetteer,
	candidateLabel,
	loadGazetteer,
	normalizePlaceName,
	resolvePlace,
	type GazetteerData
} from './gazetteer';

const small: GazetteerData = buildGazetteer(
	[
		{ name: 'Toronto', lat: '43.70643', lng: '-79.39864', country: 'CA', admin1: '08' },
		{ name: 'Toronto', lat: '40.46423', lng: '-80.60091', country: 'US', admin1: 'OH' },
		{ name: 'Montréal', lat: '45.50884', lng: '-73.58781', country: 'CA', admin1: '10' },
		{ name: 'Springfield', lat: '39.80172', lng: '-89.64371', country: 'US', admin1: 'IL' },
		{ name: 'Springfield', lat: '37.21533', lng: '-93.29824', country: 'US', admin1: 'MO' },
		{ name: 'Hannibal', lat: '39.70838', lng: '-91.35848', country: 'US', admin1: 'MO' },
		{ name: 'Tehran', lat: '35.69439', lng: '51.42151', country: 'IR', admin1: '26' },
		// The same town twice (a GeoNames duplicate a few hundred metres apart) is one place.
		{ name: 'Twin', lat: '10.0', lng: '10.0', country: 'NG', admin1: '01' },
		{ name: 'Twin', lat: '10.05', lng: '10.04', country: 'NG', admin1: '01' },
		{ name: 'Bo', lat: '7.96', lng: '-11.74', country: 'SL', admin1: '01' },
		{ name: 'Mexico', lat: '39.17', lng: '-91.88', country: 'US', admin1: 'MO' }
	],
	[
		{ code: 'CA.08', name: 'Ontario' },
		{ code: 'CA.10', name: 'Quebec' },
		{ code: 'US.IL', name: 'Illinois' },
		{ code: 'US.MO', name: 'Missouri' },
		{ code: 'US.OH', name: 'Ohio' }
	],
	[
		{ cca2: 'CA', latlng: [60, -95], name: { common: 'Canada', official: 'Canada' } },
		{
			cca2: 'US',
			latlng: [38, -97],
			name: { common: 'United States', official: 'United States of America' },
			altSpellings: ['US', 'USA']
		},
		{
			cca2: 'IR',
			latlng: [32, 53],
			name: { common: 'Iran', official: 'Islamic Republic of Iran' }
		},
		{
			cca2: 'BO',
			latlng: [-17, -65],
			name: { common: 'Bolivia', official: 'Plurinational State of Bolivia' },
			altSpellings: ['BO']
		},
		{
			cca2: 'MX',
			latlng: [23, -102],
			name: { common: 'Mexico', official: 'United Mexican States' }
		},
		{
			cca2: 'GB',
			latlng: [54, -2],
			name: { common: 'United Kingdom', official: 'United Kingdom' },
			altSpellings: ['GB', 'UK']
		}
	],
	'test'
);
const g = loadGazetteer(small);

describe('resolvePlace', () => {
	it.each([
		['Tehran', undefined, 'Tehran', 'IR', 'city'],
		['tehrán', undefined, 'Tehran', 'IR', 'city'],
		['Montreal', undefined, 'Montréal', 'CA', 'city'],
		['Toronto', 'CA', 'Toronto', 'CA', 'city'],
		['Toronto, Canada', undefined, 'Toronto', 'CA', 'city'],
		['Toronto, Ontario', undefined, 'Toronto', 'CA', 'city'],
		['Toronto, Ohio, USA', undefined, 'Toronto', 'US', 'city'],
		['Hannibal, Missouri', undefined, 'Hannibal', 'US', 'city'],
		['Twin', undefined, 'Twin', 'NG', 'city'],
		['Bo', undefined, 'Bo', 'SL', 'city'],
		['Canada', undefined, 'Canada', 'CA', 'country'],
		['United States of America', undefined, 'United States', 'US', 'country'],
		['UK', undefined, 'United Kingdom', 'GB', 'country'],
		['Mexico', undefined, 'Mexico', 'MX', 'country'],
		['Mexico', 'US', 'Mexico', 'US', 'city']
	])('%s (country %s) → %s, %s (%s)', (text, hint, name, country, precision) => {
		const r = resolvePlace(g, text, hint);
		expect(r.status).toBe('found');
		if (r.status !== 'found') return;
		expect(r.place).toMatchObject({ name, country, precision });
	});

	it.each([
		['Toronto', undefined, 2],
		['Springfield', undefined, 2],
		['Springfield', 'US', 2]
	])('%s (country %s) is ambiguous with %i candidates', (text, hint, n) => {
		const r = resolvePlace(g, text, hint);
		expect(r.status).toBe('ambiguous');
		if (r.status === 'ambiguous') expect(r.candidates).toHaveLength(n);
	});

	it.each([
		['Atlantis', undefined],
		['Tehran', 'CA'],
		['Toronto, Quebec'],
		['Springfield, Canada'],
		['Toronto, Canada', 'US'],
		['', undefined]
	])('%s (country %s) is not found', (text, hint?: string) => {
		expect(resolvePlace(g, text, hint).status).toBe('not-found');
	});

	it('labels candidates with region and country', () => {
		const r = resolvePlace(g, 'Springfield');
		expect(r.status === 'ambiguous' && r.candidates.map(candidateLabel)).toEqual([
			'Springfield, Illinois, US (39.8, -89.64)',
			'Springfield, Missouri, US (37.22, -93.3)'
		]);
	});

	it('normalizes case, diacritics and punctuation', () => {
		expect(normalizePlaceName('  São  Paulo ')).toBe('sao paulo');
		expect(normalizePlaceName("St. John's")).toBe('st john s');
	});
});

describe('the bundled gazetteer (data/gazetteer/gazetteer.json)', () => {
	const data = JSON.parse(
		readFileSync(new URL('../../../data/gazetteer/gazetteer.json', import.meta.url), 'utf8')
	) as GazetteerData;
	const real = loadGazetteer(data);

	it('stays a few MB', () => {
		expect(JSON.stringify(data).length).toBeLessThan(6_000_000);
	});

	it.each([
		['Tehran', undefined, 'IR', 35.69, 51.42],
		['Toronto', 'CA', 'CA', 43.71, -79.4],
		['Paris, France', undefined, 'FR', 48.85, 2.35],
		['Hannibal, Missouri', undefined, 'US', 39.71, -91.36],
		['Iran', undefined, 'IR', 32, 53]
	])('resolves %s (country %s)', (text, hint, country, lat, lon) => {
		const r = resolvePlace(real, text, hint);
		expect(r.status).toBe('found');
		if (r.status === 'found') {
			expect(r.place.country).toBe(country);
			expect(r.place.lat).toBeCloseTo(lat, 0);
			expect(r.place.lon).toBeCloseTo(lon, 0);
		}
	});

	it('does not guess between the Londons', () => {
		expect(resolvePlace(real, 'London').status).toBe('ambiguous');
		expect(resolvePlace(real, 'London', 'GB').status).toBe('found');
	});
});
