/**
 * Synthetic events for the map's unit tests and their timings: deterministic (seeded), so figures
 * and failures reproduce. Test code only: it lives outside src/lib so the app never ships it.
 */
import { mulberry32 } from '$lib/model/synth';
import type { AtlasEvent, Place } from '$lib/model/types';

/** A small, fast, seeded pseudo-random generator (mulberry32, shared with the data synth). */
export const random = mulberry32;

const DAY = 86_400_000;

/** One event with sensible defaults; `place` and times can be overridden. */
export function fakeEvent(
	i: number,
	over: Partial<Omit<AtlasEvent, 'place'>> & { place?: Partial<Place> } = {}
): AtlasEvent {
	const earliest = Date.UTC(2000, 0, 1) + i * DAY;
	const { place, ...rest } = over;
	return {
		id: `e-${i}`,
		title: `Event ${i}`,
		summary: '',
		start: '2000-01-01',
		place: { name: `Place ${i}`, lat: 0, lon: 0, precision: 'city', ...place },
		category: 'protest',
		tags: [],
		actors: [],
		sources: [],
		disputes: [],
		related: [],
		links: [],
		time: {
			earliest,
			latest: earliest + DAY - 1,
			precision: 'day',
			kind: 'point',
			approximate: false,
			uncertain: false,
			openEnd: false,
			label: `${i} Jan 2000`
		},
		order: i,
		...rest
	};
}

/**
 * `n` events: about 5 % online, the rest around a few hundred "cities" (so clusters form as in
 * real data), with one day each over roughly 270 years.
 */
export function syntheticEvents(n: number, seed = 1): AtlasEvent[] {
	const rnd = random(seed);
	const cities = Array.from({ length: 300 }, () => ({
		lat: rnd() * 140 - 60,
		lon: rnd() * 360 - 180
	}));
	const out: AtlasEvent[] = [];
	for (let i = 0; i < n; i++) {
		if (rnd() < 0.05) {
			out.push(
				fakeEvent(i, {
					category: 'online',
					place: {
						name: 'Online',
						lat: undefined,
						lon: undefined,
						precision: 'online',
						linked: [
							{ name: 'Toronto', lat: 43.65, lon: -79.38, precision: 'city', note: 'organizers' }
						]
					}
				})
			);
			continue;
		}
		const c = cities[Math.floor(rnd() * cities.length)]!;
		const spread = rnd() < 0.2 ? 8 : 0.5;
		out.push(
			fakeEvent(i, {
				category: rnd() < 0.5 ? 'protest' : 'statement',
				place: {
					name: `City ${cities.indexOf(c)}`,
					lat: Math.max(-80, Math.min(80, c.lat + (rnd() - 0.5) * spread)),
					lon: Math.max(-180, Math.min(180, c.lon + (rnd() - 0.5) * spread)),
					precision: rnd() < 0.15 ? 'country' : 'city'
				}
			})
		);
	}
	return out;
}
