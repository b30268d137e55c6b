/**
 * Editorial checks of a valid dataset: the rules of neutral, sourced writing that the schema
 * cannot express. `npm run data -- check` reports them as warnings (a dataset is clean only
 * without any):
 *
 * - wording: loaded words, verdicts and claims of scale in our own voice (`neutrality.ts`);
 * - quotes: every phrase in quotation marks in a title, summary or note appears verbatim in a
 *   quote the event cites (`sources[].quote`, or `record[].quote` for the record); in a dispute,
 *   each quoted phrase is given by one of the value's sources and each source gives one of them.
 *   When the source documents are at hand, each cited quote must also be in its document, word
 *   for word, and each cited link must be one the document gives;
 * - the record: a value from the record, or a date, place or fact a note says comes from it,
 *   carries a record note naming its reference;
 * - an uncertain date is one uncertain EDTF date, not a range described as "not a duration";
 * - a source's doubt ("It seems") is kept in the summary.
 *
 * Pure: the caller reads the documents (see `check --documents`).
 */
import { containsPhrase, quotedPhrases } from './quotes';
import { HEDGE_IN_OURS, HEDGE_IN_SOURCE, wordingProblems } from './neutrality';
import type { Dataset, Event, Issue } from './types';

/** Where the issues are reported and what the checks may compare with. */
export interface EditorialContext {
	/** The dataset file, for the issues. */
	file: string;
	/** Each event's row (1-based position in the file) by id; by default its position here. */
	rows?: Map<string, number>;
	/** Source documents as plain text (`documentText`) by source id, when they are at hand. */
	documents?: Map<string, string>;
}

/** Fields a record note may support besides the fields of the event's disputes. */
export const RECORD_FIELDS: readonly string[] = ['start', 'end', 'place', 'actors', 'summary'];

/** Text that says part of a note comes from the record. */
const MENTIONS_RECORD = /\b(?:the|well-established) record\b/i;

/** A date note that describes a range as a window of uncertainty rather than a duration. */
const RANGE_AS_WINDOW =
	/\bnot a duration\b|\bthe window (?:they|it|the \w+) allows?\b|\bsometime between\b/i;

const MAX_EXCERPT = 160;

function excerpt(text: string): string {
	const t = text.replace(/\s+/g, ' ').trim();
	return JSON.stringify(t.length > MAX_EXCERPT ? `${t.slice(0, MAX_EXCERPT - 1)}…` : t);
}

/** The texts of an event written in our own voice, with their field paths. */
function ownTexts(ev: Event): [string, string][] {
	const out: [string, string][] = [
		['title', ev.title],
		['summary', ev.summary]
	];
	if (ev.dateNote) out.push(['dateNote', ev.dateNote]);
	if (ev.place.note) out.push(['place.note', ev.place.note]);
	ev.place.linked?.forEach((l, i) => {
		if (l.note) out.push([`place.linked.${i}.note`, l.note]);
	});
	ev.disputes.forEach((d, i) => out.push([`disputes.${i}.note`, d.note]));
	ev.record?.forEach((r, i) => out.push([`record.${i}.text`, r.text]));
	return out;
}

/** Check a dataset that passed validation. Returns warnings; never throws. */
export function editorialIssues(dataset: Dataset, ctx: EditorialContext): Issue[] {
	const issues: Issue[] = [];
	const { file, documents } = ctx;
	const sourceFiles = new Map(dataset.sources.map((s) => [s.id, s.file ?? s.id]));

	const meta = dataset.meta.description;
	for (const p of wordingProblems(meta)) {
		issues.push({
			file,
			field: 'meta.description',
			expected: `${p.rule.id}: "${p.match}" ${p.rule.advice}`,
			received: excerpt(p.sentence),
			severity: 'warning'
		});
	}
	if (documents) {
		dataset.sources.forEach((s, i) => {
			const doc = documents.get(s.id);
			if (doc === undefined || !s.writtenNote) return;
			for (const q of quotedPhrases(s.writtenNote)) {
				if (containsPhrase(doc, q.phrase)) continue;
				issues.push({
					file,
					row: i + 1,
					field: `sources.${i}.writtenNote`,
					expected: `the quoted words verbatim in ${sourceFiles.get(s.id)}`,
					received: JSON.stringify(q.phrase),
					severity: 'warning'
				});
			}
		});
	}

	dataset.events.forEach((ev, index) => {
		const row = ctx.rows?.get(ev.id) ?? index + 1;
		const warn = (field: string, expected: string, received: string) =>
			issues.push({ file, row, id: ev.id, field, expected, received, severity: 'warning' });

		// Wording, in every text of our own voice.
		for (const [field, text] of ownTexts(ev)) {
			for (const p of wordingProblems(text)) {
				warn(field, `${p.rule.id}: "${p.match}" ${p.rule.advice}`, excerpt(p.sentence));
			}
		}

		// Quotes in our text: in a quote the event cites.
		const cited = ev.sources.flatMap((s) => (s.quote ? [s.quote] : []));
		const recordQuotes = (ev.record ?? []).flatMap((r) => (r.quote ? [r.quote] : []));
		const pool = [...cited, ...recordQuotes];
		for (const [field, text] of ownTexts(ev)) {
			for (const q of quotedPhrases(text)) {
				if (pool.some((c) => containsPhrase(c, q.phrase))) continue;
				warn(
					field,
					'the quoted words verbatim in a quote this event cites (sources[].quote, or record[].quote)',
					JSON.stringify(q.phrase)
				);
			}
		}

		// Quotes in disputes: given by the sources each value names.
		ev.disputes.forEach((d, i) => {
			const fromRecord = (ev.record ?? []).filter((r) => r.about === d.field);
			d.values.forEach((v, j) => {
				const field = `disputes.${i}.values.${j}.value`;
				const phrases = quotedPhrases(v.value).map((q) => q.phrase);
				if (phrases.length === 0) return;
				const quotesOf = (id: string): string[] =>
					id === 'record'
						? fromRecord.flatMap((r) => (r.quote ? [r.quote] : []))
						: ev.sources.flatMap((s) => (s.source === id && s.quote ? [s.quote] : []));
				checkValue(v.sources, phrases, quotesOf, (phrase, id) =>
					id === undefined
						? warn(
								field,
								`the quoted words verbatim in a quote cited from ${v.sources.join(' or ')} on this event`,
								JSON.stringify(phrase)
							)
						: warn(
								field,
								`for each source named, one of the quoted phrases in a quote cited from it on this event`,
								`none from ${id}`
							)
				);
				if (!documents) return;
				const docOf = (id: string): string[] => {
					const doc = documents.get(id);
					return doc === undefined ? [] : [doc];
				};
				const named = v.sources.filter((id) => id !== 'record' && documents.has(id));
				if (named.length === 0) return;
				checkValue(
					named,
					phrases.filter((p) => !quotesOf('record').some((c) => containsPhrase(c, p))),
					docOf,
					(phrase, id) =>
						warn(
							field,
							id === undefined
								? `the quoted words verbatim in ${named.map((s) => sourceFiles.get(s)).join(' or ')}`
								: `for each source named, one of the quoted phrases in its document`,
							id === undefined ? JSON.stringify(phrase) : `none in ${sourceFiles.get(id)}`
						)
				);
			});
		});

		// Cited quotes and links against the documents.
		if (documents) {
			ev.sources.forEach((s, k) => {
				const doc = documents.get(s.source);
				if (doc === undefined) return;
				if (s.quote && !containsPhrase(doc, s.quote)) {
					warn(
						`sources.${k}.quote`,
						`the quote verbatim in ${sourceFiles.get(s.source)}`,
						excerpt(s.quote)
					);
				}
				if (s.url && !doc.includes(s.url)) {
					warn(
						`sources.${k}.url`,
						`a link that ${sourceFiles.get(s.source)} gives (none such in it)`,
						JSON.stringify(s.url)
					);
				}
			});
		}

		// The record: every use of it names its reference.
		const about = new Set((ev.record ?? []).map((r) => r.about));
		ev.disputes.forEach((d, i) => {
			d.values.forEach((v, j) => {
				const k = v.sources.indexOf('record');
				if (k >= 0 && !about.has(d.field)) {
					warn(
						`disputes.${i}.values.${j}.sources.${k}`,
						`a record note about "${d.field}" (record[].about) naming its reference`,
						'none'
					);
				}
			});
		});
		const disputed = new Set(ev.disputes.map((d) => d.field));
		ev.record?.forEach((r, i) => {
			if (RECORD_FIELDS.includes(r.about) || disputed.has(r.about)) return;
			warn(
				`record.${i}.about`,
				`one of ${RECORD_FIELDS.join(', ')}, or the field of a dispute of this event`,
				JSON.stringify(r.about)
			);
		});
		const needsRecord = (field: string, text: string | undefined, wanted: string[]) => {
			if (!text || !MENTIONS_RECORD.test(text)) return;
			if (wanted.some((w) => about.has(w)) || (wanted.length === 0 && about.size > 0)) return;
			const what = wanted.length ? ` about ${wanted.map((w) => `"${w}"`).join(' or ')}` : '';
			warn(
				field,
				`a record note${what} naming its reference, as the text cites the record`,
				'none'
			);
		};
		needsRecord('dateNote', ev.dateNote, ['start', 'end']);
		needsRecord('place.note', ev.place.note, ['place']);
		needsRecord('summary', ev.summary, []);

		// An uncertain date is not a range.
		if (ev.end !== undefined && ev.dateNote && RANGE_AS_WINDOW.test(ev.dateNote)) {
			warn(
				'end',
				'a range only for a duration: write an uncertain date as one uncertain EDTF date (2019-03?) and the other readings as a dispute',
				JSON.stringify(`${ev.start}/${ev.end}`)
			);
		}

		// A source's doubt stays in the summary.
		const hedged = ev.sources.findIndex((s) => s.quote && HEDGE_IN_SOURCE.test(s.quote));
		if (hedged >= 0 && !HEDGE_IN_OURS.test(ev.summary)) {
			const word = HEDGE_IN_SOURCE.exec(ev.sources[hedged]!.quote!)![0];
			warn(
				'summary',
				`the source's doubt kept ("${word}" in sources.${hedged}.quote): seems, apparently, supposes, likely …`,
				excerpt(ev.summary)
			);
		}
	});
	return issues;
}

/**
 * One dispute value's quoted phrases against what its sources give: each phrase must be given by
 * one of the sources, and each source must give one of the phrases (so a value credits no source
 * with words it does not use). `report(phrase)` for a phrase no source gives, `report('', id)`
 * for a source that gives none.
 */
function checkValue(
	sources: string[],
	phrases: string[],
	textsOf: (id: string) => string[],
	report: (phrase: string, id?: string) => void
): void {
	if (phrases.length === 0) return;
	const gives = (id: string, p: string) => textsOf(id).some((t) => containsPhrase(t, p));
	for (const p of phrases) if (!sources.some((id) => gives(id, p))) report(p);
	for (const id of sources) {
		if (id === 'record') continue;
		if (!phrases.some((p) => gives(id, p))) report('', id);
	}
}
