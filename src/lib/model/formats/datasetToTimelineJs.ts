/** Our dataset as a TimelineJS document, for TimelineJS to render (it renders text as HTML). */
import { eventTime, parseEdtfDate } from '../dates';
import type { Dataset } from '../types';
import type { TimelineJsDate, TimelineJsDocument, TimelineJsSlide } from './timelineJsTypes';

function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function paragraphs(s: string): string {
	return s
		.split(/\n{2,}/)
		.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
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
 * Write a dataset as a TimelineJS JSON document. Text is HTML-escaped; the place, sources and
 * links are added to the slide text; imprecise dates carry our label as `display_date`.
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
		if (ev.place.precision !== 'unknown') parts.push(`<p>Place: ${escapeHtml(ev.place.name)}</p>`);
		if (ev.sources.length) {
			const cites = ev.sources.map(
				(r) => `${escapeHtml(sources.get(r.source)?.title ?? r.source)} (${escapeHtml(r.locator)})`
			);
			parts.push(`<p>Sources: ${cites.join('; ')}</p>`);
		}
		if (ev.links.length) {
			parts.push(
				`<p>${ev.links.map((l) => `<a href="${escapeHtml(l)}">${escapeHtml(l)}</a>`).join('<br>')}</p>`
			);
		}
		const slide: TimelineJsSlide = {
			unique_id: ev.id,
			start_date: start,
			text: { headline: escapeHtml(ev.title), text: parts.filter((p) => p !== '<p></p>').join('') },
			group: labels.get(ev.category) ?? ev.category
		};
		const end = tjsDate(ev.end);
		if (end) slide.end_date = end;
		if (t.ok) slide.display_date = t.time.label;
		events.push(slide);
	}
	return {
		title: {
			text: { headline: escapeHtml(dataset.meta.title), text: paragraphs(dataset.meta.description) }
		},
		events
	};
}

/** The TimelineJS template header, for tests and docs. */
