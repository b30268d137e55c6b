import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { event } from '../../testing/arbitraryDataset';
import { readEventFast } from './fastRecords';
import * as S from './schema';
import { schemaRecords } from './schemaRecords';

/** Valid events (with and without disputes). */
const valid = event(['rally', 'statement'], ['src-a', 'src-b']).map(
	(e) => e as Record<string, unknown>
);

/** A valid event with one field replaced by anything, or removed, or a key added. */
const mutated = fc
	.tuple(
		valid,
		fc.nat(),
		fc.anything(),
		fc.constantFrom('set', 'delete', 'place', 'dispute', 'dispute value', 'media')
	)
	.map(([e, k, value, how]) => {
		const keys = Object.keys(e);
		const key = keys[k % keys.length]!;
		const out: Record<string, unknown> = { ...e };
		const disputes = (e.disputes ?? []) as Record<string, unknown>[];
		const d = disputes[0];
		if (how === 'delete') delete out[key];
		else if (how === 'place') out.place = { ...(e.place as object), [key]: value };
		else if (how === 'dispute' && d) {
			const dk = ['field', 'values', 'note', 'extra'][k % 4]!;
			out.disputes = [{ ...d, [dk]: value }, ...disputes.slice(1)];
		} else if (how === 'dispute value' && d) {
			const values = d.values as Record<string, unknown>[];
			const vk = ['value', 'sources', 'locator', 'extra'][k % 4]!;
			out.disputes = [{ ...d, values: [{ ...values[0], [vk]: value }, ...values.slice(1)] }];
		} else if (how === 'media') {
			const mk = ['url', 'kind', 'alt', 'caption', 'credit', 'licence', 'extra'][k % 7]!;
			out.media = {
				url: 'https://example.org/a.jpg',
				kind: 'image',
				...(e.media as object),
				[mk]: value
			};
		} else out[key] = value;
		return out;
	});

describe('readEventFast accepts only what the schema accepts, with the same result', () => {
	it('on valid plain events (and takes the fast path for them)', { timeout: 60_000 }, () => {
		let fast = 0;
		fc.assert(
			fc.property(valid, (e) => {
				const p = readEventFast(e);
				const z = S.Event.safeParse(e);
				expect(z.success).toBe(true);
				if (p) {
					fast++;
					expect(p).toEqual(z.data);
				}
			}),
			{ numRuns: 500 }
		);
		expect(fast).toBeGreaterThan(400);
	});

	it('on mutated events', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(mutated, (e) => {
				const p = readEventFast(e);
				if (p === null) return;
				const z = S.Event.safeParse(e);
				expect(z.success, JSON.stringify(e)).toBe(true);
				expect(p).toEqual(z.data);
				// The schema path, which may drop bad optional parts, keeps such an event whole.
				expect(schemaRecords.event(e, 'x', 1, undefined)).toEqual({
					ok: true,
					data: p,
					issues: []
				});
			}),
			{ numRuns: 3000 }
		);
	});

	it.each([
		['latitude 95', { place: { name: 'X', precision: 'city', lat: 95, lon: 0 } }],
		['a bad id', { id: 'Bad Id' }],
		['the id constructor', { id: 'constructor' }],
		['a related constructor', { related: ['constructor'] }],
		['an empty title', { title: '' }],
		['an unknown key', { colour: 'red' }],
		['a lower-case country', { place: { name: 'X', precision: 'city', country: 'ca' } }],
		['a non-string tag', { tags: [1] }],
		['a citation without locator', { sources: [{ source: 'a', locator: '' }] }],
		['a dispute (left to the schema)', { disputes: [{ field: 'x', values: [], note: 'n' }] }],
		['a javascript: link', { links: ['javascript:alert(1)'] }],
		['a javascript: media URL', { media: { url: 'javascript:alert(1)', kind: 'link' } }],
		['a media kind not known', { media: { url: 'https://a.org/', kind: 'audio' } }],
		['a media field not known', { media: { url: 'https://a.org/', kind: 'link', title: 'T' } }],
		[
			'an online linked place',
			{ place: { name: 'X', precision: 'online', linked: [{ name: 'Y', precision: 'online' }] } }
		]
	])('hands %s to the schema', (_what, patch) => {
		const base = {
			id: 'a',
			title: 'A',
			summary: '',
			start: '2020',
			place: { name: 'X', precision: 'city' },
			category: 'c'
		};
		expect(readEventFast(base)).not.toBeNull();
		expect(readEventFast({ ...base, ...patch })).toBeNull();
	});
});
