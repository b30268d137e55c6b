import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStory } from '$lib/model/stories';
import { decodeTour, encodeTour, TOUR_ID } from './tour';

describe('tour codec', () => {
	it('round-trips a story with notes and non-Latin text', () => {
		const story = {
			title: 'روز قدس — a walk',
			intro: 'Intro ✓',
			steps: [{ event: 'a-1', note: 'say «hello»' }, { event: 'b' }]
		};
		const value = encodeTour(story);
		expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeTour(value)).toEqual({ id: TOUR_ID, ...story });
	});

	it.each([
		['not base64url', '%%%'],
		['not JSON', btoa('nope')],
		['a list', btoa('[]')],
		['no title', btoa('{"steps":[]}')],
		['a bad event id', btoa('{"title":"t","steps":[{"event":"Bad Id"}]}')],
		['a step that is not an object', btoa('{"title":"t","steps":[1]}')],
		['constructor as an id', btoa('{"title":"t","steps":[{"event":"constructor"}]}')]
	])('gives null for %s', (_, value) => {
		expect(decodeTour(value.replace(/=+$/, ''))).toBeNull();
	});

	it('never throws on any string', () => {
		fc.assert(
			fc.property(fc.string(), (s) => {
				const r = decodeTour(s);
				expect(r === null || typeof r.title === 'string').toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});

	it('round-trips any valid story', () => {
		const step = fc.record(
			{ event: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), note: fc.string({ minLength: 1 }) },
			{ requiredKeys: ['event'] }
		);
		fc.assert(
			fc.property(
				fc.string({ minLength: 1 }).filter((t) => t.trim() !== '' && t.isWellFormed()),
				fc.array(step, { maxLength: 8 }),
				(title, steps) => {
					const ok = steps.every(
						(s) => s.event !== 'constructor' && (s.note ?? 'x').isWellFormed()
					);
					fc.pre(ok);
					const r = decodeTour(encodeTour({ title, steps }));
					expect(r).toEqual(readStory({ title, steps }, TOUR_ID));
				}
			),
			{ numRuns: 500 }
		);
	});
});
