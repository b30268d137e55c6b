import { describe, expect, it } from 'vitest';
import type { Event } from './types';
import { countryName, countryNamesOf, primeCountryNames } from './countryNames';

const ev = (place: Event['place']): Event => ({
	id: 'x',
	title: 'X',
	summary: '',
	start: '2020',
	place,
	category: 'rally',
	tags: [],
	actors: [],
	sources: [],
	disputes: [],
	related: [],
	links: []
});

describe('country names worked out ahead', () => {
	it("names every country of a dataset's places and linked places, once", () => {
		const names = countryNamesOf([
			ev({ name: 'Toronto', precision: 'city', lat: 43.7, lon: -79.4, country: 'CA' }),
			ev({
				name: 'Online',
				precision: 'online',
				linked: [
					{ name: 'London', precision: 'city', country: 'GB' },
					{ name: 'Toronto', precision: 'city', country: 'CA' }
				]
			}),
			ev({ name: 'Somewhere', precision: 'unknown' })
		]);
		expect(names).toEqual({ CA: 'Canada', GB: 'United Kingdom' });
	});

	it('are used instead of Intl once given (the names the prerendered page has)', () => {
		expect(countryName('XA')).not.toBe('Test land');
		primeCountryNames({ XA: 'Test land' });
		expect(countryName('XA')).toBe('Test land');
	});
});
