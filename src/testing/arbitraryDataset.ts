/**
 * fast-check arbitraries for valid datasets, for the round-trip property tests of the formats.
 * Text fields mix arbitrary Unicode with the characters formats trip on (commas, quotes, line
 * breaks, semicolons, brackets, edge spaces). Test support only: not imported by the app.
 */
import '../lib/model/edtfParser';
import fc from 'fast-check';
import { eventTime } from '../lib/model/dates';
import type { DatasetInput, EventInput } from '../lib/model/types';

const SPECIAL = [
	',',
	'"',
	'\n',
	'\r\n',
	'\r',
	';',
	'[',
	']',
	' ',
	'\t',
	'@',
	'\\',
	'{',
	'é',
	'😀',
	'""',
	'<b>',
	// Formula starts a CSV export must neutralize, and the quote it neutralizes them with.
	'=',
	'+',
	'-',
	'@',
	"'",
	"'="
];

/** Text of `minLength`..`maxLength` code units with the characters formats trip on. */
export function text(minLength = 0, maxLength = 40): fc.Arbitrary<string> {
	return fc
		.array(
			fc.oneof(
				fc.string({ maxLength: 6 }),
				fc.string({ unit: 'binary', maxLength: 4 }),
				fc.constantFrom(...SPECIAL)
			),
			{
				maxLength: 8
			}
		)
		.map((parts) => parts.join('').slice(0, maxLength))
		.filter((s) => s.length >= minLength);
}

/** A slug (id). */
export const slug: fc.Arbitrary<string> = fc
	.array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 3 })
	.map((p) => p.join('-'));

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A single EDTF date: year, month, day, season, unspecified digits, qualifiers, BCE. */
export const edtfDate: fc.Arbitrary<string> = fc
	.tuple(
		fc.integer({ min: 1000, max: 2100 }),
		fc.integer({ min: 1, max: 12 }),
		fc.integer({ min: 1, max: 28 }),
		fc.constantFrom('year', 'month', 'day', 'day', 'season', 'decade', 'part', 'bce'),
		fc.constantFrom('', '', '', '~', '?', '%')
	)
	.map(([y, m, d, kind, q]) => {
		switch (kind) {
			case 'year':
				return `${y}${q}`;
			case 'month':
				return `${y}-${pad(m)}${q}`;
			case 'season':
				return `${y}-${21 + (m % 4)}`;
			case 'decade':
				return `${String(y).slice(0, 3)}X`;
			case 'part':
				return `${y}-${pad(m)}-${d % 3}X`;
			case 'bce':
				return `-${pad(y % 1000, 4)}`;
			default:
				return `${y}-${pad(m)}-${pad(d)}${q}`;
		}
	});

// `+ 0` turns -0 into 0: a file cannot tell them apart.
const latitude = fc
	.oneof(fc.double({ min: -90, max: 90, noNaN: true }), fc.integer({ min: -90, max: 90 }))
	.map((x) => x + 0);
const longitude = fc
	.oneof(fc.double({ min: -180, max: 180, noNaN: true }), fc.integer({ min: -180, max: 180 }))
	.map((x) => x + 0);
const country = fc.constantFrom('CA', 'IR', 'US', 'FR', 'NG', 'JP');
const url = fc
	.webUrl({ withQueryParameters: true, withFragments: true })
	.filter((u) => /^https?:\/\/[^\s]+$/i.test(u));

function optional<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
	return fc.option(arb, { nil: undefined });
}

/** Drop undefined properties, as a parsed dataset has none. */
function defined<T extends object>(o: T): T {
	return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const coords = fc.option(fc.tuple(latitude, longitude), { nil: undefined });

const linkedPlace = fc
	.record({
		name: text(1),
		coords,
		country: optional(country),
		precision: fc.constantFrom('site', 'city', 'region', 'country', 'unknown' as const),
		note: optional(text(1))
	})
	.map(({ coords: c, ...p }) => defined({ ...p, lat: c?.[0], lon: c?.[1] }));

/** A place; `located` forces coordinates (not online). */
export function place(located?: boolean) {
	const precision = located
		? fc.constantFrom('site', 'city', 'region', 'country', 'unknown' as const)
		: fc.constantFrom('site', 'city', 'region', 'country', 'online', 'unknown' as const);
	return fc
		.record({
			name: text(1),
			coords: located ? fc.tuple(latitude, longitude) : coords,
			country: optional(country),
			precision,
			note: optional(text(1)),
			linked: optional(fc.array(linkedPlace, { maxLength: 2 }))
		})
		.map(({ coords: c, ...p }) => {
			const online = p.precision === 'online';
			return defined({ ...p, lat: online ? undefined : c?.[0], lon: online ? undefined : c?.[1] });
		});
}

/** An image, video or link with optional texts. */
const media = fc
	.record({
		url,
		kind: fc.constantFrom('image', 'video', 'link' as const),
		alt: optional(text(1)),
		caption: optional(text(1)),
		credit: optional(text(1)),
		licence: optional(text(1))
	})
	.map(defined);

/** A start and optional end that make a valid event time. */
const when = fc
	.tuple(edtfDate, fc.oneof(fc.constant(undefined), fc.constant('..'), edtfDate))
	.filter(([s, e]) => eventTime(s, e).ok);

/** An event valid against the given categories and sources. */
export function event(
	categories: string[],
	sources: string[],
	located?: boolean
): fc.Arbitrary<EventInput> {
	const sourceId = fc.constantFrom(...sources);
	return fc
		.record({
			id: slug,
			title: text(1, 200),
			summary: text(0, 120),
			when,
			dateNote: optional(text(1)),
			place: place(located),
			category: fc.constantFrom(...categories),
			tags: fc.array(text(1, 12), { maxLength: 3 }),
			actors: fc.array(text(1, 12), { maxLength: 3 }),
			sources: fc.array(
				fc
					.record({
						source: sourceId,
						locator: text(1, 20),
						quote: optional(text(0, 300)),
						url: optional(url)
					})
					.map(defined),
				{ maxLength: 3 }
			),
			disputes: fc.array(
				fc.record({
					field: text(1, 10),
					values: fc.array(
						fc
							.record({
								value: text(1, 10),
								sources: fc.array(fc.oneof(sourceId, fc.constant('record')), {
									minLength: 1,
									maxLength: 2
								}),
								locator: optional(text(0, 10))
							})
							.map(defined),
						{ minLength: 2, maxLength: 3 }
					),
					note: text(1, 20)
				}),
				{ maxLength: 2 }
			),
			record: optional(
				fc.array(
					fc
						.record({
							about: text(1, 10),
							text: text(1, 20),
							reference: text(1, 20),
							url: optional(url),
							quote: optional(text(0, 300))
						})
						.map(defined),
					{ minLength: 1, maxLength: 2 }
				)
			),
			related: fc.array(slug, { maxLength: 2 }),
			links: fc.array(url, { maxLength: 2 }),
			media: optional(media),
			computed: optional(text(1))
		})
		.map(({ when: [start, end], ...e }) => defined({ ...e, start, end }));
}

/** A valid dataset with unique event ids; `located` gives every event coordinates. */
export function arbitraryDataset(located?: boolean): fc.Arbitrary<DatasetInput> {
	return fc
		.record({
			categories: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }),
			sources: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }),
			title: text(1),
			licence: text(1)
		})
		.chain(({ categories, sources, title, licence }) =>
			fc.record({
				meta: fc.constant({
					title,
					licence,
					description: '',
					language: 'en',
					categories: categories.map((id, i) => ({ id, label: `Category ${i}`, colour: '#0072B2' }))
				}),
				sources: fc.constant(
					sources.map((id) => ({
						id,
						title: `Source ${id}`,
						publisher: 'unknown',
						type: 'news' as const,
						perspective: 'test'
					}))
				),
				events: fc.uniqueArray(event(categories, sources, located), {
					maxLength: 6,
					selector: (e) => e.id
				})
			})
		);
}
