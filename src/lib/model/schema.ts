/**
 * The Chronoatlas dataset format: the one runtime schema. The TypeScript types
 * (`types.ts`) and the published JSON Schema (`static/schema/dataset.schema.json`,
 * written by `npm run data -- schema`) are both derived from it, never written twice.
 *
 * Structural rules live here; rules that need the EDTF parser or cross-references
 * (valid dates, known category, known source, unique id) live in `checkEvent.ts`.
 */
import * as z from 'zod';
import { CATEGORY_SHAPES } from './categoryShapes';
import { SLUG_PATTERN } from './slugPattern';

/**
 * A stable, author-chosen identifier: lower-case letters, digits and single hyphens; never
 * `constructor`, which every JavaScript object already has (see slugPattern.ts).
 */
export const Slug = z
	.string()
	.regex(
		SLUG_PATTERN,
		'a slug: lower-case letters, digits and single hyphens, other than "constructor" (a name every JavaScript object has)'
	)
	.describe(
		'A stable identifier chosen by the author (never an array index), other than "constructor".'
	);

/** An http(s) URL: the only links a dataset may contain. */
export const HttpUrl = z
	.string()
	.regex(/^https?:\/\/[^\s]+$/i, 'an http:// or https:// URL')
	.describe('An http or https URL.');

/** An EDTF (ISO 8601-2) date string; checked by `eventTime` in dates.ts. */
export const EdtfString = z
	.string()
	.min(1)
	.describe(
		'An EDTF (ISO 8601-2) date: 2013, 2020-05, 2020-05-22, 1979~ (approximate), 1979? (uncertain), 201X (unspecified digit), -0044 (BCE). In `end`, ".." means open (ongoing).'
	);

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCode = z
	.string()
	.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as IR or CA')
	.describe('ISO 3166-1 alpha-2 country code.');

/** How precisely a place is known. `online` events have no coordinates. */
export const PlacePrecision = z
	.enum(['site', 'city', 'region', 'country', 'online', 'unknown'])
	.describe('How precisely the place is known; online events have no coordinates.');

const Latitude = z.number().min(-90).max(90).describe('WGS 84 latitude in degrees.');
const Longitude = z.number().min(-180).max(180).describe('WGS 84 longitude in degrees.');

/** A place linked to an event without being where it happened (e.g. a partner's country). */
export const LinkedPlace = z
	.object({
		name: z.string().min(1),
		lat: Latitude.optional(),
		lon: Longitude.optional(),
		country: CountryCode.optional(),
		precision: PlacePrecision.exclude(['online']),
		note: z.string().optional().describe('Why this place is linked (e.g. "partner organization").')
	})
	.strict();

/** Where an event happened. */
export const Place = z
	.object({
		name: z.string().min(1).describe('Human-readable place name, e.g. "Toronto" or "Online".'),
		lat: Latitude.optional(),
		lon: Longitude.optional(),
		country: CountryCode.optional(),
		precision: PlacePrecision,
		note: z.string().optional().describe('How the place was derived, when not stated directly.'),
		linked: z
			.array(LinkedPlace)
			.optional()
			.describe('Places behind an event without being its location (e.g. for online events).')
	})
	.strict();

/** A citation of a dataset source by an event. */
export const SourceRef = z
	.object({
		source: Slug.describe('The id of a source in `sources`.'),
		locator: z
			.string()
			.min(1)
			.describe('Where in the source: "para. 3", "footnote 12", "p. 4", "headline".'),
		quote: z
			.string()
			.max(300)
			.optional()
			.describe('A brief verbatim quote (shown in quotation marks, attributed).'),
		url: HttpUrl.optional().describe(
			'A link the source itself gives at this place (e.g. a footnote), shown as cited by it.'
		)
	})
	.strict();

/**
 * A fact from the well-established record rather than from the cited documents: a date, place or
 * fact no document gives, or the record's side of a dispute. It always names its reference, so
 * a reader can check it; the interface marks it "from the record".
 */
export const RecordRef = z
	.object({
		about: z
			.string()
			.min(1)
			.describe(
				'What it supports: "start", "end", "place", "actors", or the field of a dispute of this event.'
			),
		text: z.string().min(1).describe('What the record says, in our own words.'),
		reference: z
			.string()
			.min(1)
			.describe('The work it is taken from: publisher or author, title, date.'),
		url: HttpUrl.optional(),
		quote: z.string().max(300).optional().describe('A brief verbatim quote from the reference.')
	})
	.strict();

/** One competing value in a dispute, with who gives it. */
export const DisputeValue = z
	.object({
		value: z.string().min(1),
		sources: z
			.array(z.string().min(1))
			.min(1)
			.describe('Source ids giving this value, or "record" for the well-established record.'),
		locator: z.string().optional()
	})
	.strict();

/** Where sources disagree about one field of an event. */
export const Dispute = z
	.object({
		field: z.string().min(1).describe('What is disputed: "start", "actors", "participants", ...'),
		values: z.array(DisputeValue).min(2),
		note: z.string().min(1).describe('A neutral note on the disagreement.')
	})
	.strict();

/** What a medium is, for how it is shown: an image, a video, or a page to link to. */
export const MediaKind = z.enum(['image', 'video', 'link']);

/** An image, video or link illustrating an event, with its credit and licence. */
export const Media = z
	.object({
		url: HttpUrl.describe('Where the image, video or page is (http or https only).'),
		kind: MediaKind.describe('"image", "video" or "link" (a page to link to).'),
		alt: z.string().optional().describe('Text standing for an image for those who cannot see it.'),
		caption: z.string().optional().describe('A caption, as plain text.'),
		credit: z.string().optional().describe('Who made it, as plain text.'),
		licence: z.string().optional().describe('Its licence, e.g. "CC BY-SA 4.0".')
	})
	.strict();

/** A dated, placed event. */
export const Event = z
	.object({
		id: Slug,
		title: z.string().min(1).max(200),
		summary: z.string().describe('Plain text, neutral, in our own words.'),
		start: EdtfString,
		end: EdtfString.optional(),
		dateNote: z
			.string()
			.optional()
			.describe('How the date was derived when not stated directly ("Thursday" before ...).'),
		place: Place,
		category: Slug.describe('The id of a category in meta.categories.'),
		tags: z.array(z.string().min(1)).default([]),
		actors: z.array(z.string().min(1)).default([]),
		sources: z.array(SourceRef).default([]),
		disputes: z.array(Dispute).default([]),
		record: z
			.array(RecordRef)
			.optional()
			.describe('Facts from the well-established record, each with its reference.'),
		related: z.array(Slug).default([]).describe('Ids of related events.'),
		links: z.array(HttpUrl).default([]).describe('Further reading (http/https only).'),
		media: Media.optional().describe('An image, video or link illustrating the event.'),
		computed: z
			.string()
			.optional()
			.describe('Set on computed (not sourced) events: how the event was computed.')
	})
	.strict();

/** A source document. */
export const Source = z
	.object({
		id: Slug,
		title: z.string().min(1),
		publisher: z.string().min(1).describe('Publisher, or "unknown".'),
		publisherInferred: z
			.boolean()
			.optional()
			.describe('True when the publisher is our attribution, not named by the text.'),
		written: EdtfString.optional().describe('When it was written (EDTF).'),
		writtenNote: z.string().optional().describe('How the date written was derived.'),
		url: HttpUrl.optional(),
		type: z.enum(['news', 'report', 'statement', 'reference', 'book', 'dataset', 'other']),
		perspective: z
			.string()
			.min(1)
			.describe('A neutral label of where the source stands, e.g. "Iranian state media".'),
		file: z.string().optional().describe('The file the source was taken from, if bundled.')
	})
	.strict();

/** A category of events, with a colour and a shape (the second, non-colour cue). */
export const Category = z
	.object({
		id: Slug,
		label: z.string().min(1),
		colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb'),
		shape: z.enum(CATEGORY_SHAPES).optional()
	})
	.strict();

/** A step of a story: an event, and what the presenter wants to remember about it. */
export const StoryStep = z
	.object({
		event: Slug.describe('The id of the event shown at this step.'),
		note: z.string().optional().describe('A note for the presenter (shown in the presenter view).')
	})
	.strict();

/** An ordered walk through some of the events, for presenting. */
export const Story = z
	.object({
		id: Slug,
		title: z.string().min(1),
		intro: z.string().optional().describe('An introduction, shown on the title slide.'),
		steps: z.array(StoryStep).describe('The events in the order they are presented.')
	})
	.strict();

/** Dataset-wide facts. */
export const Meta = z
	.object({
		id: Slug.optional(),
		title: z.string().min(1),
		description: z.string().default(''),
		licence: z.string().min(1),
		language: z.string().default('en'),
		categories: z.array(Category).min(1),
		story: z
			.array(Slug)
			.optional()
			.describe('An optional order of event ids for presenting: read as the first story.'),
		stories: z.array(Story).optional().describe('Stories to present, each an ordered walk.'),
		computedSeries: z
			.array(z.enum(['quds-day']))
			.optional()
			.describe(
				'Computed (not sourced) series the app adds at load: "quds-day" = the last Friday of Ramadan (Umm al-Qura), 1979–2026.'
			),
		attribution: z.string().optional()
	})
	.strict();

/** A whole dataset. */
export const Dataset = z
	.object({
		$schema: z.string().optional(),
		meta: Meta,
		sources: z.array(Source).default([]),
		events: z.array(Event)
	})
	.strict();
