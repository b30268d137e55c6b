/**
 * The fast path of parsing: recognizes the common shape of an event, of meta and of a source, and
 * returns it with defaults filled, or null to let the zod schema decide. It only ever accepts what
 * the schema accepts, with the same output (fastRecords.test.ts checks that on random and mutated
 * input); anything unusual, valid or not, goes to the schema for its exact issues.
 *
 * Why: zod costs about 10 µs an event, a second at 100,000 events; this path well under 1 µs,
 * and a dataset it takes whole never downloads the schema.
 */
import { CATEGORY_SHAPES } from './categoryShapes';
import { SLUG_PATTERN } from './slugPattern';
import type { Dispute, Event, Media, Meta, Place, RecordRef, Source, SourceRef } from './types';

const SLUG = SLUG_PATTERN;
const COUNTRY = /^[A-Z]{2}$/;
const PRECISIONS = new Set(['site', 'city', 'region', 'country', 'online', 'unknown']);
const EVENT_KEYS = new Set([
	'id',
	'title',
	'summary',
	'start',
	'end',
	'dateNote',
	'place',
	'category',
	'tags',
	'actors',
	'sources',
	'disputes',
	'record',
	'related',
	'links',
	'media',
	'computed'
]);
const PLACE_KEYS = new Set(['name', 'lat', 'lon', 'country', 'precision', 'note', 'linked']);
const LINKED_KEYS = new Set(['name', 'lat', 'lon', 'country', 'precision', 'note']);
const HTTP_URL = /^https?:\/\/[^\s]+$/i;
const REF_KEYS = new Set(['source', 'locator', 'quote', 'url']);
const RECORD_KEYS = new Set(['about', 'text', 'reference', 'url', 'quote']);

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function keysWithin(o: Obj, allowed: Set<string>): boolean {
	for (const k in o) if (!allowed.has(k)) return false;
	return true;
}

function optString(v: unknown): boolean {
	return v === undefined || typeof v === 'string';
}

function nonEmpty(v: unknown): v is string {
	return typeof v === 'string' && v.length > 0;
}

function coordinate(v: unknown, limit: number): boolean {
	return v === undefined || (typeof v === 'number' && v >= -limit && v <= limit);
}

/** A list of non-empty strings (or absent); returns the list or null when it is not one. */
function stringList(v: unknown, slugs = false): string[] | null {
	if (v === undefined) return [];
	if (!Array.isArray(v)) return null;
	for (const s of v) {
		if (!nonEmpty(s) || (slugs && !SLUG.test(s))) return null;
	}
	return v as string[];
}

function plainLinked(v: unknown): boolean {
	if (!isObj(v) || !keysWithin(v, LINKED_KEYS)) return false;
	if (v.precision === 'online') return false;
	return plainPlaceFields(v);
}

function plainPlaceFields(v: Obj): boolean {
	if (!nonEmpty(v.name) || !PRECISIONS.has(v.precision as string)) return false;
	if (!coordinate(v.lat, 90) || !coordinate(v.lon, 180)) return false;
	if (v.country !== undefined && !(typeof v.country === 'string' && COUNTRY.test(v.country)))
		return false;
	return optString(v.note);
}

function plainPlace(v: unknown): Place | null {
	if (!isObj(v) || !keysWithin(v, PLACE_KEYS)) return null;
	if (v.linked !== undefined && !(Array.isArray(v.linked) && v.linked.every(plainLinked)))
		return null;
	if (!nonEmpty(v.name) || !PRECISIONS.has(v.precision as string)) return null;
	if (!coordinate(v.lat, 90) || !coordinate(v.lon, 180)) return null;
	if (v.country !== undefined && !(typeof v.country === 'string' && COUNTRY.test(v.country)))
		return null;
	if (!optString(v.note)) return null;
	return v as unknown as Place;
}

function plainRefs(v: unknown): SourceRef[] | null {
	if (v === undefined) return [];
	if (!Array.isArray(v)) return null;
	for (const r of v) {
		if (!isObj(r) || !keysWithin(r, REF_KEYS)) return null;
		if (typeof r.source !== 'string' || !SLUG.test(r.source) || !nonEmpty(r.locator)) return null;
		if (r.quote !== undefined && !(typeof r.quote === 'string' && r.quote.length <= 300))
			return null;
		if (r.url !== undefined && !(typeof r.url === 'string' && HTTP_URL.test(r.url))) return null;
	}
	return v as SourceRef[];
}

/** The record notes (undefined when absent), or null when they are not plain and valid. */
function plainRecord(v: unknown): RecordRef[] | undefined | null {
	if (v === undefined) return undefined;
	if (!Array.isArray(v)) return null;
	for (const r of v) {
		if (!isObj(r) || !keysWithin(r, RECORD_KEYS)) return null;
		if (!nonEmpty(r.about) || !nonEmpty(r.text) || !nonEmpty(r.reference)) return null;
		if (r.url !== undefined && !(typeof r.url === 'string' && HTTP_URL.test(r.url))) return null;
		if (r.quote !== undefined && !(typeof r.quote === 'string' && r.quote.length <= 300))
			return null;
	}
	return v as RecordRef[];
}

const DISPUTE_KEYS = new Set(['field', 'values', 'note']);
const DISPUTE_VALUE_KEYS = new Set(['value', 'sources', 'locator']);

function plainDisputeValue(v: unknown): boolean {
	if (!isObj(v) || !keysWithin(v, DISPUTE_VALUE_KEYS) || !nonEmpty(v.value)) return false;
	if (!Array.isArray(v.sources) || v.sources.length === 0 || !v.sources.every(nonEmpty))
		return false;
	return optString(v.locator);
}

/** The disputes (or an empty list when absent), or null when they are not plain and valid. */
function plainDisputes(v: unknown): Dispute[] | null {
	if (v === undefined) return [];
	if (!Array.isArray(v)) return null;
	for (const d of v) {
		if (!isObj(d) || !keysWithin(d, DISPUTE_KEYS)) return null;
		if (!nonEmpty(d.field) || !nonEmpty(d.note)) return null;
		if (!Array.isArray(d.values) || d.values.length < 2 || !d.values.every(plainDisputeValue))
			return null;
	}
	return v as Dispute[];
}

const MEDIA_KEYS = new Set(['url', 'kind', 'alt', 'caption', 'credit', 'licence']);
const MEDIA_KINDS = new Set(['image', 'video', 'link']);

/** The media when plain and valid (true when absent), or false. */
function plainMedia(v: unknown): boolean {
	if (v === undefined) return true;
	if (!isObj(v) || !keysWithin(v, MEDIA_KEYS)) return false;
	if (typeof v.url !== 'string' || !HTTP_URL.test(v.url)) return false;
	if (typeof v.kind !== 'string' || !MEDIA_KINDS.has(v.kind)) return false;
	return optString(v.alt) && optString(v.caption) && optString(v.credit) && optString(v.licence);
}

/**
 * The event with list defaults filled when it has the plain shape and is valid; null otherwise
 * (then the zod schema decides, and reports why).
 */
export function readEventFast(v: unknown): Event | null {
	if (!isObj(v) || !keysWithin(v, EVENT_KEYS)) return null;
	if (typeof v.id !== 'string' || !SLUG.test(v.id)) return null;
	if (!nonEmpty(v.title) || v.title.length > 200) return null;
	if (typeof v.summary !== 'string' || !nonEmpty(v.start)) return null;
	if (v.end !== undefined && !nonEmpty(v.end)) return null;
	if (!optString(v.dateNote) || !optString(v.computed)) return null;
	if (typeof v.category !== 'string' || !SLUG.test(v.category)) return null;
	const links = v.links === undefined ? [] : v.links;
	if (!Array.isArray(links) || !links.every((u) => typeof u === 'string' && HTTP_URL.test(u)))
		return null;
	const place = plainPlace(v.place);
	const tags = stringList(v.tags);
	const actors = stringList(v.actors);
	const related = stringList(v.related, true);
	const sources = plainRefs(v.sources);
	const disputes = plainDisputes(v.disputes);
	const record = plainRecord(v.record);
	if (!place || !tags || !actors || !related || !sources || !disputes || record === null)
		return null;
	if (!plainMedia(v.media)) return null;
	const out: Event = {
		id: v.id,
		title: v.title,
		summary: v.summary,
		start: v.start,
		place,
		category: v.category,
		tags,
		actors,
		sources,
		disputes,
		related,
		links: links as string[]
	};
	if (v.end !== undefined) out.end = v.end as string;
	if (v.dateNote !== undefined) out.dateNote = v.dateNote as string;
	if (record !== undefined) out.record = record;
	if (v.media !== undefined) out.media = v.media as Media;
	if (v.computed !== undefined) out.computed = v.computed as string;
	return out;
}

const META_KEYS = new Set([
	'id',
	'title',
	'description',
	'licence',
	'language',
	'categories',
	'story',
	'stories',
	'computedSeries',
	'attribution'
]);
const CATEGORY_KEYS = new Set(['id', 'label', 'colour', 'shape']);
const COLOUR = /^#[0-9a-fA-F]{6}$/;
const SHAPES = new Set<string>(CATEGORY_SHAPES);

function plainCategory(v: unknown): boolean {
	if (!isObj(v) || !keysWithin(v, CATEGORY_KEYS)) return false;
	if (typeof v.id !== 'string' || !SLUG.test(v.id) || !nonEmpty(v.label)) return false;
	if (typeof v.colour !== 'string' || !COLOUR.test(v.colour)) return false;
	return v.shape === undefined || (typeof v.shape === 'string' && SHAPES.has(v.shape));
}

const STORY_KEYS = new Set(['id', 'title', 'intro', 'steps']);
const STEP_KEYS = new Set(['event', 'note']);

function plainStep(v: unknown): boolean {
	if (!isObj(v) || !keysWithin(v, STEP_KEYS)) return false;
	return typeof v.event === 'string' && SLUG.test(v.event) && optString(v.note);
}

function plainStory(v: unknown): boolean {
	if (!isObj(v) || !keysWithin(v, STORY_KEYS)) return false;
	if (typeof v.id !== 'string' || !SLUG.test(v.id) || !nonEmpty(v.title)) return false;
	return optString(v.intro) && Array.isArray(v.steps) && v.steps.every(plainStep);
}

/** The dataset's meta with defaults filled when it is plain and valid; null otherwise. */
export function readMetaFast(v: unknown): Meta | null {
	if (!isObj(v) || !keysWithin(v, META_KEYS)) return null;
	if (v.id !== undefined && !(typeof v.id === 'string' && SLUG.test(v.id))) return null;
	if (!nonEmpty(v.title) || !nonEmpty(v.licence)) return null;
	if (!optString(v.description) || !optString(v.language) || !optString(v.attribution)) return null;
	if (!Array.isArray(v.categories) || v.categories.length === 0) return null;
	if (!v.categories.every(plainCategory)) return null;
	if (v.story !== undefined && !stringList(v.story, true)) return null;
	if (v.stories !== undefined && !(Array.isArray(v.stories) && v.stories.every(plainStory)))
		return null;
	if (
		v.computedSeries !== undefined &&
		!(Array.isArray(v.computedSeries) && v.computedSeries.every((x) => x === 'quds-day'))
	)
		return null;
	return {
		...(v as unknown as Meta),
		description: (v.description as string | undefined) ?? '',
		language: (v.language as string | undefined) ?? 'en'
	};
}

const SOURCE_KEYS = new Set([
	'id',
	'title',
	'publisher',
	'publisherInferred',
	'written',
	'writtenNote',
	'url',
	'type',
	'perspective',
	'file'
]);
const SOURCE_TYPES = new Set([
	'news',
	'report',
	'statement',
	'reference',
	'book',
	'dataset',
	'other'
]);

/** A source when it is plain and valid; null otherwise. */
export function readSourceFast(v: unknown): Source | null {
	if (!isObj(v) || !keysWithin(v, SOURCE_KEYS)) return null;
	if (typeof v.id !== 'string' || !SLUG.test(v.id)) return null;
	if (!nonEmpty(v.title) || !nonEmpty(v.publisher) || !nonEmpty(v.perspective)) return null;
	if (v.publisherInferred !== undefined && typeof v.publisherInferred !== 'boolean') return null;
	if (v.written !== undefined && !nonEmpty(v.written)) return null;
	if (!optString(v.writtenNote) || !optString(v.file)) return null;
	if (v.url !== undefined && !(typeof v.url === 'string' && HTTP_URL.test(v.url))) return null;
	if (typeof v.type !== 'string' || !SOURCE_TYPES.has(v.type)) return null;
	return v as unknown as Source;
}
