/**
 * Deterministic synthetic datasets for benchmarks, browser tests and the `synth` command:
 * `synthDataset(count, seed)` always returns the same valid dataset (it checks clean) for the
 * same arguments, in any time zone. Events fall in 1979–2025 with day, month and year precision,
 * approximate and uncertain dates, ranges and a few open ends; places cluster around 30 real
 * cities, with country- and region-level places spread worldwide and about 5% online events
 * (some with linked places). Pure: no I/O, no clock; 100,000 events take well under a second.
 */
import type { DatasetInput, EventInput } from './types';

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** [name, ISO country, lat, lon] of the cities events cluster around. */
const CITIES: readonly [string, string, number, number][] = [
	['Tehran', 'IR', 35.69, 51.42],
	['Toronto', 'CA', 43.65, -79.38],
	['London', 'GB', 51.51, -0.13],
	['Paris', 'FR', 48.86, 2.35],
	['Berlin', 'DE', 52.52, 13.4],
	['New York', 'US', 40.71, -74.01],
	['Los Angeles', 'US', 34.05, -118.24],
	['Mexico City', 'MX', 19.43, -99.13],
	['São Paulo', 'BR', -23.55, -46.63],
	['Buenos Aires', 'AR', -34.6, -58.38],
	['Bogotá', 'CO', 4.71, -74.07],
	['Lagos', 'NG', 6.52, 3.38],
	['Cairo', 'EG', 30.04, 31.24],
	['Nairobi', 'KE', -1.29, 36.82],
	['Johannesburg', 'ZA', -26.2, 28.05],
	['Istanbul', 'TR', 41.01, 28.98],
	['Moscow', 'RU', 55.76, 37.62],
	['Delhi', 'IN', 28.61, 77.21],
	['Mumbai', 'IN', 19.08, 72.88],
	['Dhaka', 'BD', 23.81, 90.41],
	['Beijing', 'CN', 39.9, 116.4],
	['Shanghai', 'CN', 31.23, 121.47],
	['Tokyo', 'JP', 35.68, 139.69],
	['Seoul', 'KR', 37.57, 126.98],
	['Jakarta', 'ID', -6.21, 106.85],
	['Manila', 'PH', 14.6, 120.98],
	['Sydney', 'AU', -33.87, 151.21],
	['Baghdad', 'IQ', 33.31, 44.37],
	['Kabul', 'AF', 34.53, 69.17],
	['Beirut', 'LB', 33.89, 35.5]
];

/** [name, ISO code, centroid lat, lon] for country-level places. */
const COUNTRIES: readonly [string, string, number, number][] = [
	['Iran', 'IR', 32, 53],
	['Canada', 'CA', 60, -95],
	['United Kingdom', 'GB', 54, -2],
	['France', 'FR', 46, 2],
	['Germany', 'DE', 51, 9],
	['United States', 'US', 38, -97],
	['Mexico', 'MX', 23, -102],
	['Brazil', 'BR', -10, -55],
	['Nigeria', 'NG', 10, 8],
	['Egypt', 'EG', 27, 30],
	['Kenya', 'KE', 1, 38],
	['Turkey', 'TR', 39, 35],
	['India', 'IN', 20, 77],
	['China', 'CN', 35, 105],
	['Japan', 'JP', 36, 138],
	['Indonesia', 'ID', -5, 120],
	['Australia', 'AU', -27, 133],
	['Iraq', 'IQ', 33, 44],
	['Lebanon', 'LB', 33.83, 35.83],
	['Argentina', 'AR', -34, -64]
];

const CATEGORIES = [
	{ id: 'protest', label: 'Protest', colour: '#E69F00', shape: 'circle' as const, noun: 'Protest' },
	{ id: 'strike', label: 'Strike', colour: '#56B4E9', shape: 'square' as const, noun: 'Strike' },
	{
		id: 'statement',
		label: 'Statement',
		colour: '#009E73',
		shape: 'diamond' as const,
		noun: 'Statement'
	},
	{ id: 'arrest', label: 'Arrest', colour: '#D55E00', shape: 'triangle' as const, noun: 'Arrests' },
	{ id: 'election', label: 'Election', colour: '#0072B2', shape: 'star' as const, noun: 'Vote' },
	{
		id: 'conference',
		label: 'Conference',
		colour: '#CC79A7',
		shape: 'hexagon' as const,
		noun: 'Meeting'
	}
];

const TAGS = [
	'students',
	'labour',
	'women',
	'press',
	'courts',
	'police',
	'housing',
	'climate',
	'elections',
	'health',
	'education',
	'transport',
	'diaspora',
	'online',
	'culture',
	'religion'
];

const GROUPS = [
	'Students’ union',
	'Teachers’ association',
	'Bus drivers’ syndicate',
	'Nurses’ council',
	'City council',
	'Interior ministry',
	'Opposition coalition',
	'Human rights league',
	'Press freedom group',
	'Farmers’ cooperative'
];

const SITES = [
	'Square',
	'University',
	'Central Station',
	'Parliament',
	'Harbour',
	'Stadium',
	'Court House',
	'Market'
];
const AREAS = ['North', 'South', 'East', 'West', 'Old Town', 'Riverside'];
const TYPES = ['news', 'report', 'statement', 'reference', 'book', 'dataset', 'other'] as const;
const PERSPECTIVES = [
	'International wire service',
	'National state media',
	'Independent local outlet',
	'NGO',
	'Academic'
];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const DAY = 86_400_000;
const FIRST = Date.UTC(1979, 0, 1);
const LAST = Date.UTC(2025, 11, 31);

/** A synthetic dataset of `count` events, the same for the same `seed`. Valid and clean. */
export function synthDataset(count: number, seed: number): DatasetInput {
	const rnd = mulberry32(seed);
	const int = (n: number) => Math.floor(rnd() * n);
	const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
	const gauss = () => {
		// Box–Muller; 1 - rnd() avoids log(0).
		const u = 1 - rnd();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
	};
	const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
	const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

	const sources = Array.from({ length: 25 }, (_, i) => {
		const type = TYPES[i % TYPES.length]!;
		const year = 1979 + ((i * 7) % 47);
		return {
			id: `source-${pad(i + 1)}`,
			title: `Synthetic ${type} ${i + 1}`,
			publisher: i % 5 === 4 ? 'unknown' : `Publisher ${String.fromCharCode(65 + (i % 26))}`,
			written: `${year}`,
			url: `https://example.org/sources/${i + 1}`,
			type,
			perspective: PERSPECTIVES[i % PERSPECTIVES.length]!
		};
	});

	const date = (ms: number, precision: 'day' | 'month' | 'year') => {
		const d = new Date(ms);
		const y = d.getUTCFullYear();
		if (precision === 'year') return String(y);
		const m = `${y}-${pad(d.getUTCMonth() + 1)}`;
		return precision === 'month' ? m : `${m}-${pad(d.getUTCDate())}`;
	};

	const events: EventInput[] = new Array(count);
	for (let i = 0; i < count; i++) {
		const id = `e${pad(i + 1, 6)}`;
		const cat = pick(CATEGORIES);
		const ms = FIRST + int((LAST - FIRST) / DAY) * DAY;
		const r = rnd();
		const precision = r < 0.62 ? 'day' : r < 0.84 ? 'month' : 'year';
		let start = date(ms, precision);
		let end: string | undefined;
		let dateNote: string | undefined;
		const q = rnd();
		if (q < 0.03) start += '~';
		else if (q < 0.05) start += '?';
		else if (q < 0.055 && precision === 'year') start = `${start.slice(0, 3)}X`;
		else if (q < 0.06 && precision === 'day')
			start = `${start.slice(0, 8)}${Math.min(2, Number(start[8]))}X`;
		const range = rnd();
		if (range < 0.15) {
			const later = Math.min(LAST, ms + (1 + int(precision === 'day' ? 40 : 700)) * DAY);
			end = date(later, precision);
			if (end <= start.replace(/[~?X]/g, '0')) end = undefined;
		} else if (range < 0.16) end = '..';
		if (rnd() < 0.03) dateNote = 'Date given by a later report; not stated in the first source.';

		let place: EventInput['place'];
		let where: string;
		const p = rnd();
		if (p < 0.05) {
			where = 'online';
			place = { name: 'Online', precision: 'online' };
			if (rnd() < 0.4) {
				const c = pick(CITIES);
				place.linked = [
					{
						name: c[0],
						lat: c[2],
						lon: c[3],
						country: c[1],
						precision: 'city',
						note: 'organizers based here'
					}
				];
			}
		} else if (p < 0.8) {
			const c = pick(CITIES);
			where = c[0];
			if (rnd() < 0.6) {
				place = {
					name: `${pick(AREAS)} ${pick(SITES)}, ${c[0]}`,
					lat: round(clamp(c[2] + gauss() * 0.08, -90, 90)),
					lon: round(clamp(c[3] + gauss() * 0.08, -180, 180)),
					country: c[1],
					precision: 'site'
				};
			} else {
				place = { name: c[0], lat: c[2], lon: c[3], country: c[1], precision: 'city' };
			}
		} else if (p < 0.9) {
			const c = pick(COUNTRIES);
			where = c[0];
			place = { name: c[0], lat: c[2], lon: c[3], country: c[1], precision: 'country' };
		} else if (p < 0.98) {
			const lat = round(-50 + rnd() * 115, 2);
			const lon = round(-170 + rnd() * 345, 2);
			where = `region ${lat}, ${lon}`;
			place = { name: `Region around ${lat}, ${lon}`, lat, lon, precision: 'region' };
		} else {
			where = 'an unknown place';
			place = { name: 'Unknown', precision: 'unknown' };
		}

		const nSources = 1 + int(3);
		const cited: NonNullable<EventInput['sources']> = [];
		for (let k = 0; k < nSources; k++) {
			const s = pick(sources).id;
			if (cited.some((c) => c.source === s)) continue;
			const ref: (typeof cited)[number] = { source: s, locator: `para. ${1 + int(12)}` };
			if (rnd() < 0.03) ref.quote = `“${cat.noun} reported in ${where}.”`;
			cited.push(ref);
		}
		const actors = [pick(GROUPS)];
		if (rnd() < 0.3) actors.push(`Group ${1 + int(30)}`);
		const tags = [pick(TAGS)];
		if (rnd() < 0.4) {
			const t = pick(TAGS);
			if (t !== tags[0]) tags.push(t);
		}
		const ev: EventInput = {
			id,
			title: `${cat.noun} in ${where}`,
			summary: `${actors[0]} ${cat.id === 'statement' ? 'issued a statement' : 'took part'} (${cat.label.toLowerCase()}, ${where}). Synthetic event ${i + 1}.`,
			start,
			place,
			category: cat.id,
			tags,
			actors,
			sources: cited
		};
		if (end) ev.end = end;
		if (dateNote) ev.dateNote = dateNote;
		if (i > 0 && rnd() < 0.05) ev.related = [`e${pad(1 + int(i), 6)}`];
		if (rnd() < 0.1) ev.links = [`https://example.org/events/${id}`];
		if (rnd() < 0.01 && cited[0]) {
			ev.disputes = [
				{
					field: 'participants',
					values: [
						{
							value: `${100 * (1 + int(50))}`,
							sources: [cited[0].source],
							locator: cited[0].locator
						},
						{ value: `${1000 * (1 + int(50))}`, sources: ['record'] }
					],
					note: 'Sources give different numbers of participants.'
				}
			];
			// A value from the record names its reference (`check` asks for it).
			ev.record = [
				{
					about: 'participants',
					text: 'A count published later by the city authorities.',
					reference: 'Synthetic city statistics office, annual report (not a real work)'
				}
			];
		}
		if (rnd() < 0.005) ev.computed = 'Synthetic: computed from neighbouring events.';
		events[i] = ev;
	}
	return {
		meta: {
			id: `synthetic-${seed}`,
			title: `Synthetic events (${count}, seed ${seed})`,
			description: 'Generated by synthDataset for benchmarks and tests. Not real events.',
			licence: 'CC0-1.0',
			language: 'en',
			categories: CATEGORIES.map(({ id, label, colour, shape }) => ({ id, label, colour, shape }))
		},
		sources,
		events
	};
}
