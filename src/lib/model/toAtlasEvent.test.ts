import { describe, expect, it } from 'vitest';
import * as S from './schema';
import { toAtlasEvent } from './toAtlasEvent';
import { eventTime } from './dates';

describe('toAtlasEvent', () => {
	it('keeps every field of the event format', () => {
		const t = eventTime('2020-05-22');
		if (!t.ok) throw new Error('date');
		const full = Object.fromEntries(Object.keys(S.Event.shape).map((k) => [k, `value of ${k}`]));
		const out = toAtlasEvent(full as never, t.time) as unknown as Record<string, unknown>;
		for (const k of Object.keys(S.Event.shape)) expect(out[k], k).toBe(`value of ${k}`);
		expect(out.time).toBe(t.time);
	});

	it('fills list defaults and leaves optional fields absent', () => {
		const t = eventTime('2013');
		if (!t.ok) throw new Error('date');
		const out = toAtlasEvent(
			{
				id: 'a',
				title: 'A',
				summary: '',
				start: '2013',
				place: { name: 'X', precision: 'unknown' },
				category: 'c'
			},
			t.time
		);
		expect(out.tags).toEqual([]);
		expect(out.sources).toEqual([]);
		expect('end' in out).toBe(false);
		expect('computed' in out).toBe(false);
	});
});
