import { describe, expect, it } from 'vitest';
import * as S from '../schema';
import { datasetToTimelineJs, inert, inertUrl } from './datasetToTimelineJs';
import { parseCsv } from './csv';
import { htmlFieldsOf } from '../../../testing/htmlFieldsOf';
import { parseTimelineJsJson } from './parseTimelineJs';
import { linkify } from '@knight-lab/timelinejs/src/js/core/Util.js';

describe('datasetToTimelineJs', () => {
	const d = S.Dataset.parse({
		meta: {
			title: 'T & <b>',
			licence: 'x',
			categories: [{ id: 'protest', label: 'Protest', colour: '#000000' }]
		},
		sources: [{ id: 's', title: 'Source', publisher: 'p', type: 'news', perspective: 'x' }],
		events: [
			{
				id: 'a',
				title: 'A <b>',
				summary: 'One\n\nTwo',
				start: '2020-05-22',
				end: '2020-06',
				place: { name: 'Toronto', precision: 'city', lat: 43.7, lon: -79.4 },
				category: 'protest',
				sources: [{ source: 's', locator: 'p. 1' }]
			},
			{
				id: 'b',
				title: 'B',
				summary: '',
				start: '1979~',
				end: '..',
				place: { name: 'Unknown', precision: 'unknown' },
				category: 'protest'
			},
			{
				id: 'c',
				title: 'C',
				summary: '',
				start: '201X',
				place: { name: 'Online', precision: 'online' },
				category: 'protest'
			}
		]
	});
	const doc = datasetToTimelineJs(d);

	it('writes dates by parts, our label as display_date, inert text', () => {
		expect(doc.events[0]).toMatchObject({
			unique_id: 'a',
			start_date: { year: '2020', month: '5', day: '22' },
			end_date: { year: '2020', month: '6' },
			group: 'Protest',
			text: { headline: 'A ‹b›' }
		});
		expect(doc.events[0]?.text?.text).toContain('Place: Toronto');
		expect(doc.events[1]).toMatchObject({
			start_date: { year: '1979' },
			display_date: 'from c. 1979'
		});
		expect(doc.events[1]?.end_date).toBeUndefined();
		expect(doc.events[2]?.start_date).toEqual({ year: '2010' });
		expect(doc.title?.text?.headline).toBe('T ＆ ‹b›');
	});

	it('reads back with the same ids, titles and day/month/year dates', () => {
		const back = parseTimelineJsJson(JSON.stringify(doc), { file: 'x.json' }).dataset!;
		expect(back.events.map((e) => [e.id, e.title, e.start, e.end])).toEqual([
			['a', 'A ‹b›', '2020-05-22', '2020-06'],
			['b', 'B', '1979', undefined],
			['c', 'C', '2010', undefined]
		]);
		expect(back.meta.title).toBe('T ＆ ‹b›');
	});
});

// The category label was written raw into `group`, which TimelineJS 3.9.11 decodes and writes
// with innerHTML: an entity-encoded <img onerror=…> in a CSV ran in TimelineJS.
describe('datasetToTimelineJs writes no markup from the data', () => {
	const attack = '&lt;img src=x onerror=alert(1)&gt;';

	it('a CSV category holding an entity-encoded <img onerror> comes out inert', () => {
		const csvText = `title,start,place,category,summary\nA,2020,Online,${attack},${attack}\n`;
		const imported = parseCsv(csvText, { file: 'e.csv' }).dataset!;
		expect(imported.meta.categories[0]?.label).toBe(attack);
		const doc = datasetToTimelineJs(imported);
		expect(doc.events[0]?.group).toBe('＆lt;img src=x onerror=alert(1)＆gt;');
		for (const f of htmlFieldsOf(doc)) expect(f).not.toMatch(/[<>&]/);
	});

	it('every text field, link and label, whatever it holds', () => {
		const nasty = `<svg onload=alert(1)> &lt;b&gt; &#60;i&#62; 'x' "y" www.a.org'onmouseover='alert(1)`;
		const d = S.Dataset.parse({
			meta: {
				title: nasty,
				description: `${nasty}\n\n${nasty}`,
				licence: 'x',
				categories: [{ id: 'c', label: nasty, colour: '#000000' }]
			},
			sources: [{ id: 's', title: nasty, publisher: 'p', type: 'news', perspective: 'x' }],
			events: [
				{
					id: 'a',
					title: nasty,
					summary: nasty,
					start: '2020',
					place: { name: nasty, precision: 'city', lat: 1, lon: 2 },
					category: 'c',
					sources: [{ source: 's', locator: nasty }],
					links: [
						'https://x.org/?a=1&b=2',
						'https://x.org/"><svg/onload=alert(1)>',
						"https://x.org/?q=&quot;&gt;&lt;svg/onload=alert(1)&gt;'"
					]
				}
			]
		});
		const doc = datasetToTimelineJs(d);
		for (const f of htmlFieldsOf(doc)) expect(f).not.toMatch(/[<>&']/);
		expect(doc.events[0]?.text?.text).toContain('<a href="https://x.org/?a=1%26b=2">');
	});

	it('writes the media with inert caption and credit, and reads it back', () => {
		const d = S.Dataset.parse({
			meta: { title: 'T', licence: 'x', categories: [{ id: 'c', label: 'C', colour: '#000000' }] },
			events: [
				{
					id: 'a',
					title: 'A',
					summary: '',
					start: '2020',
					place: { name: 'X', precision: 'unknown' },
					category: 'c',
					media: {
						url: "https://example.org/a.jpg?x=1&y='2'",
						kind: 'image',
						caption: '<b>Cap</b> & co',
						credit: 'Me',
						alt: 'Alt'
					}
				}
			]
		});
		const doc = datasetToTimelineJs(d);
		expect(doc.events[0]?.media).toEqual({
			url: 'https://example.org/a.jpg?x=1%26y=%272%27',
			caption: '‹b›Cap‹/b› ＆ co',
			credit: 'Me',
			alt: 'Alt'
		});
		const back = parseTimelineJsJson(JSON.stringify(doc), { file: 'x.json' }).dataset!;
		expect(back.events[0]?.media).toEqual({
			url: 'https://example.org/a.jpg?x=1%26y=%272%27',
			kind: 'image',
			caption: '‹b›Cap‹/b› ＆ co',
			credit: 'Me',
			alt: 'Alt'
		});
	});

	it.each([
		['https://x.org/a?b=1&c=2#d', 'https://x.org/a?b=1%26c=2#d'],
		["https://x.org/it's", 'https://x.org/it%27s'],
		['https://x.org/"<>`', 'https://x.org/%22%3C%3E%60'],
		['javascript:alert(1)', null],
		['https://', null],
		// Nothing TimelineJS's linkify would make a link of inside the attribute.
		['https://www.x.org/www.y', 'https://www.x.org/www%2Ey'],
		['https://x.org/a?next=https://y.org/b@c.de', 'https://x.org/a?next=https%3A//y.org/b%40c.de'],
		['https://x.org:8080/a:b', 'https://x.org:8080/a%3Ab'],
		['https://example.org@evil.example/', null],
		['https://a.www.x.org/', null]
	])('inertUrl(%j) is %j', (url, out) => {
		expect(inertUrl(url)).toBe(out);
	});

	it('inert text keeps its words', () => {
		expect(inert(`Tom & Jerry's <show>`)).toBe('Tom ＆ Jerry’s ‹show›');
	});

	it.each([
		['ftp://x.org/a', 'ftp:\u2060//x.org/a'],
		['mail me@x.org', 'mail me\u2060@x.org'],
		['see WWW.x.org or https://x.org', 'see WWW\u2060.x.org or https:\u2060//x.org']
	])('inert(%j): TimelineJS makes no link of it, and it reads the same', (text, out) => {
		expect(inert(text)).toBe(out);
		expect(linkify(inert(text))).toBe(inert(text));
		expect(linkify(text)).not.toBe(text);
	});
});
