/**
 * Our dataset as a TimelineJS document, for TimelineJS to render. TimelineJS writes headlines,
 * text, groups, dates, captions and credits with innerHTML, and decodes character references
 * first: HTML-escaping is not enough (`&lt;img onerror=…&gt;` becomes markup). So text from the
 * data carries no `<`, `>` or `&` at all ({@link inert}) and links are percent-encoded
 * ({@link inertUrl}). TimelineJS also rewrites whatever looks like a link in slide text, captions
 * and credits into `<a … onclick='void(0)'>` (its `linkify`: `mailto:` for an e-mail address,
 * `ftp:` links, and broken markup inside our own links), so nothing we write looks like one to it.
 */
import { eventTime, parseEdtfDate } from '../dates';
import type { Dataset } from '../types';
import type { TimelineJsDate, TimelineJsDocument, TimelineJsSlide } from './timelineJsTypes';

/**
 * Look-alikes for the characters that make markup or references. `'` too: TimelineJS turns
 * `www.…` text into `<a href='…'>` without escaping, so an apostrophe would end the attribute.
 */
const LOOK_ALIKES = new Map([
	['<', '\u2039'], // ‹
	['>', '\u203a'], // ›
	['&', '\uff06'], // ＆
	["'", '\u2019'] // ’
]);

/** U+2060 WORD JOINER: invisible, and no place to break a line. */
const WJ = '\u2060';

/**
 * Text TimelineJS's `linkify` leaves alone: a word joiner inside each thing it turns into a link
 * (`://` of http, https and ftp addresses, `www.`, the `@` of an e-mail address), which reads the
 * same. See `linkify` in TimelineJS's src/js/core/Util.js.
 */
function unlinkable(s: string): string {
	return s
		.replace(/:\/\//g, `:${WJ}//`)
		.replace(/@/g, `${WJ}@`)
		.replace(/(www)\./gi, `$1${WJ}.`);
}

/** Text from the data as TimelineJS may render it: nothing in it can become markup or a link. */
export function inert(s: string): string {
	return unlinkable(s.replace(/[<>&']/g, (c) => LOOK_ALIKES.get(c)!));
}

/** A character as `%XX`. */
const percent = (c: string): string => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;

/**
 * An http(s) URL as it may stand in TimelineJS's HTML: as the URL standard serializes it, with
 * `&`, `'`, `"`, `<`, `>` and backtick percent-encoded (a query's `&` becomes `%26`: a link with
 * several query parameters may then not work there; the other exports keep links exactly), and,
 * after the host, `:`, `@` and the dot of `www.` too, so TimelineJS's `linkify` finds no link
 * inside it. Null for anything else, for a URL with a user name (`https://example.org@evil.example/`
 * goes to evil.example) and for a host TimelineJS would link inside (`a.www.example`).
 */
export function inertUrl(url: string): string | null {
	let u: URL;
	try {
		u = new URL(url);
	} catch {
		return null;
	}
	if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
	if (u.username || u.password || /[^/]www\./i.test(u.origin)) return null;
	const rest = u.href
		.slice(u.origin.length)
		.replace(/[&'"<>`:@]/g, percent)
		.replace(/(www)\./gi, '$1%2E');
	return u.origin + rest;
}

function paragraphs(s: string): string {
	return s
		.split(/\n{2,}/)
		.map((p) => `<p>${inert(p).replace(/\n/g, '<br>')}</p>`)
		.join('');
}

/**
 * A TimelineJS year from an astronomical one. TimelineJS shows year -500 as "500 BCE" and has no
 * year 0, so 1 BCE (astronomical 0) is -1 there and 45 BCE (-44) is -45.
 */
function tjsYear(astronomical: number): string {
	return String(astronomical <= 0 ? astronomical - 1 : astronomical);
}

function tjsDate(edtf: string | undefined): TimelineJsDate | undefined {
	if (!edtf || edtf === '..') return undefined;
	const r = parseEdtfDate(edtf);
	if (!r.ok) return undefined;
	const d = r.date;
	if (d.precision === 'century' || d.precision === 'decade') {
		return { year: tjsYear(new Date(d.min).getUTCFullYear()) };
	}
	const out: TimelineJsDate = { year: tjsYear(d.year) };
	if (d.month !== undefined && (d.precision === 'month' || d.precision === 'day'))
		out.month = String(d.month + 1);
	if (d.day !== undefined && d.precision === 'day') out.day = String(d.day);
	return out;
}

/**
 * Write a dataset as a TimelineJS JSON document. Text is made inert (no `<`, `>` or `&`); the
 * place, sources and links are added to the slide text; the media becomes the slide's media;
 * imprecise dates carry our label as `display_date`.
 * TimelineJS has no places or sources, so reading this back is not lossless (use CSV or GeoJSON).
 */
export function datasetToTimelineJs(dataset: Dataset): TimelineJsDocument {
	const labels = new Map(dataset.meta.categories.map((c) => [c.id, c.label]));
	const sources = new Map(dataset.sources.map((s) => [s.id, s]));
	const events: TimelineJsSlide[] = [];
	for (const ev of dataset.events) {
		const start = tjsDate(ev.start);
		if (!start) continue;
		const t = eventTime(ev.start, ev.end);
		const parts = [paragraphs(ev.summary)];
		if (ev.place.precision !== 'unknown') parts.push(`<p>Place: ${inert(ev.place.name)}</p>`);
		if (ev.sources.length) {
			const cites = ev.sources.map(
				(r) => `${inert(sources.get(r.source)?.title ?? r.source)} (${inert(r.locator)})`
			);
			parts.push(`<p>Sources: ${cites.join('; ')}</p>`);
		}
		const links: string[] = [];
		for (const l of ev.links) {
			const u = inertUrl(l);
			if (u) links.push(`<a href="${u}">${inert(u)}</a>`);
		}
		if (links.length) parts.push(`<p>${links.join('<br>')}</p>`);
		const slide: TimelineJsSlide = {
			unique_id: ev.id,
			start_date: start,
			text: { headline: inert(ev.title), text: parts.filter((p) => p !== '<p></p>').join('') },
			group: inert(labels.get(ev.category) ?? ev.category)
		};
		const mediaUrl = ev.media ? inertUrl(ev.media.url) : null;
		if (ev.media && mediaUrl) {
			slide.media = { url: mediaUrl };
			if (ev.media.caption) slide.media.caption = inert(ev.media.caption);
			if (ev.media.credit) slide.media.credit = inert(ev.media.credit);
			if (ev.media.alt) slide.media.alt = inert(ev.media.alt);
		}
		const end = tjsDate(ev.end);
		if (end) slide.end_date = end;
		if (t.ok) slide.display_date = inert(t.time.label);
		events.push(slide);
	}
	return {
		title: {
			text: { headline: inert(dataset.meta.title), text: paragraphs(dataset.meta.description) }
		},
		events
	};
}

/** The TimelineJS template header, for tests and docs. */
