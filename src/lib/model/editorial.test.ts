import { describe, expect, it } from 'vitest';
import { editorialIssues } from './editorial';
import * as S from './schema';
import type { Dataset, EventInput } from './types';

const DOC =
	'During a 2013 Al-Quds Day rally in Toronto, one of the speakers called for Israelis to be killed. ' +
	'It seems that the high sensitivity to the phrase led Khamenei to delete that banner. ' +
	'Since the Islamic revolution in 1979 and the rise to power of Khomeini Iran has marked the day. ' +
	'See https://example.org/cited for more.';

/** A valid dataset of one event, the event changed by `change`. */
function dataset(change: (e: EventInput) => void = () => {}): Dataset {
	const ev: EventInput = {
		id: 'toronto-rally-2013',
		title: 'Al-Quds Day rally in Toronto',
		summary: 'The article says a speaker "called for Israelis to be killed".',
		start: '2013',
		place: { name: 'Toronto', lat: 43.65, lon: -79.38, country: 'CA', precision: 'city' },
		category: 'rally',
		sources: [
			{
				source: 'article',
				locator: 'para. 6',
				quote: 'one of the speakers called for Israelis to be killed'
			}
		]
	};
	change(ev);
	return S.Dataset.parse({
		meta: {
			title: 'T',
			licence: 'CC0-1.0',
			categories: [{ id: 'rally', label: 'Rally', colour: '#000000' }]
		},
		sources: [
			{
				id: 'article',
				title: 'A',
				publisher: 'P',
				type: 'news',
				perspective: 'x',
				file: 'a.txt'
			},
			{ id: 'report', title: 'R', publisher: 'Q', type: 'report', perspective: 'y' }
		],
		events: [ev]
	});
}

const RECORD = {
	about: 'start',
	text: 'Saturday 3 August 2013.',
	reference: 'JTA, 12 August 2013'
};

/** "field: start of expected" for each issue, for compact expectations. */
function check(d: Dataset, documents?: Map<string, string>): string[] {
	return editorialIssues(d, { file: 'x.json', documents }).map(
		(i) => `${i.field}: ${i.expected.split(/[:(]/)[0]!.trim()}`
	);
}

describe('editorialIssues', () => {
	it('passes a clean event', () => {
		expect(check(dataset())).toEqual([]);
		expect(check(dataset(), new Map([['article', DOC]]))).toEqual([]);
	});

	it('reports only warnings, with row and id', () => {
		const [i] = editorialIssues(
			dataset((e) => (e.summary = 'Thousands came.')),
			{ file: 'x.json' }
		);
		expect(i).toMatchObject({ row: 1, id: 'toronto-rally-2013', severity: 'warning' });
	});

	it.each<[string, (e: EventInput) => void, string[]]>([
		[
			'a rebuttal in our own voice',
			(e) => (e.summary += ' The quoted words do not themselves contain such a call.'),
			['summary: verdict']
		],
		[
			'a quoted phrase no citation carries',
			(e) => (e.summary = 'The article says he "called for the Israelis to be killed".'),
			['summary: the quoted words verbatim in a quote this event cites']
		],
		[
			'a quoted phrase in a note, from a record quote',
			(e) => {
				e.dateNote = 'Reports give "Aug. 3".';
				e.record = [{ ...RECORD, quote: 'Addressing an Al-Quds Day rally on Aug. 3' }];
			},
			[]
		],
		[
			'a dispute value crediting a source with words it does not give',
			(e) => {
				e.sources!.push({
					source: 'report',
					locator: 'para. 2',
					quote: 'the rise to power of Khomeini'
				});
				e.disputes = [
					{
						field: 'actors',
						values: [
							{ value: '"Ayatollah Khomeini"', sources: ['report'] },
							{ value: 'Someone else', sources: ['article'] }
						],
						note: 'Names differ.'
					}
				];
			},
			[
				'disputes.0.values.0.value: the quoted words verbatim in a quote cited from report on this event',
				'disputes.0.values.0.value: for each source named, one of the quoted phrases in a quote cited from it on this event'
			]
		],
		[
			'a value crediting two sources, only one of which gives the words',
			(e) => {
				e.sources!.push({
					source: 'report',
					locator: 'para. 2',
					quote: 'the rise to power of Khomeini'
				});
				e.disputes = [
					{
						field: 'actors',
						values: [
							{ value: '"Khomeini"', sources: ['report', 'article'] },
							{ value: 'Someone else', sources: ['article'] }
						],
						note: 'Names differ.'
					}
				];
			},
			[
				'disputes.0.values.0.value: for each source named, one of the quoted phrases in a quote cited from it on this event'
			]
		],
		[
			'a record value without its reference',
			(e) =>
				(e.disputes = [
					{
						field: 'start',
						values: [
							{ value: '2013', sources: ['article'] },
							{ value: '3 August 2013', sources: ['record'] }
						],
						note: 'The record gives the day.'
					}
				]),
			['disputes.0.values.1.sources.0: a record note about "start"']
		],
		[
			'the same with its record note',
			(e) => {
				e.disputes = [
					{
						field: 'start',
						values: [
							{ value: '2013', sources: ['article'] },
							{ value: '3 August 2013', sources: ['record'] }
						],
						note: 'The record gives the day.'
					}
				];
				e.record = [RECORD];
			},
			[]
		],
		[
			'a date note citing the record without a note',
			(e) => (e.dateNote = 'The record dates it to 3 August 2013.'),
			[
				'dateNote: a record note about "start" or "end" naming its reference, as the text cites the record'
			]
		],
		[
			'a place note citing the record without a note',
			(e) => (e.place.note = "Queen's Park, per the record."),
			['place.note: a record note about "place" naming its reference, as the text cites the record']
		],
		[
			'a record note about nothing the event has',
			(e) => (e.record = [{ ...RECORD, about: 'weather' }]),
			[
				'record.0.about: one of start, end, place, actors, summary, or the field of a dispute of this event'
			]
		],
		[
			'a range standing for uncertainty (the designations, as first written)',
			(e) => {
				e.start = '2019-03';
				e.end = '2020-05';
				e.dateNote = 'The range is the window they allow, not a duration.';
			},
			['end: a range only for a duration']
		],
		[
			'a hedged source made certain (the deleted banner, as first written)',
			(e) => {
				e.sources = [
					{
						source: 'article',
						locator: 'para. 8',
						quote:
							'It seems that the high sensitivity to the phrase led Khamenei to delete that banner'
					}
				];
				e.summary = 'The report says the banner was deleted.';
			},
			["summary: the source's doubt kept"]
		]
	])('%s', (_label, change, expected) => {
		expect(check(dataset(change))).toEqual(expected);
	});

	it.each<[string, (e: EventInput) => void, string[]]>([
		[
			'a cited quote that is not in its document',
			(e) => (e.sources![0]!.quote = 'one of the speakers called for Israelis to be shot'),
			[
				'summary: the quoted words verbatim in a quote this event cites',
				'sources.0.quote: the quote verbatim in a.txt'
			]
		],
		['a link the document gives', (e) => (e.sources![0]!.url = 'https://example.org/cited'), []],
		[
			'a link the document does not give',
			(e) => (e.sources![0]!.url = 'https://example.org/other'),
			['sources.0.url: a link that a.txt gives']
		]
	])('with the documents: %s', (_label, change, expected) => {
		expect(check(dataset(change), new Map([['article', DOC]]))).toEqual(expected);
	});

	it('checks the wording of the dataset description', () => {
		const d = dataset();
		d.meta.description = 'Rallies against the occupation.';
		expect(check(d)).toEqual(['meta.description: loaded']);
	});
});
