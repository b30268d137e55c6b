import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presentQuery, readPresentParams } from './presentUrl';
import { encodeTour } from '$lib/state/tour';

const read = (q: string) => readPresentParams(new URLSearchParams(q));

describe('readPresentParams', () => {
	it.each([
		['', { story: '', step: 0, event: null, issues: 0 }],
		['story=online&step=7', { story: 'online', step: 7, event: null, issues: 0 }],
		['step=0', { story: '', step: 0, event: null, issues: 0 }],
		['step=-1', { story: '', step: 0, event: null, issues: 1 }],
		['step=2.5', { story: '', step: 0, event: null, issues: 1 }],
		['step=99999', { story: '', step: 0, event: null, issues: 1 }],
		['step=abc', { story: '', step: 0, event: null, issues: 1 }],
		['event=toronto-rally-2013', { story: '', step: 0, event: 'toronto-rally-2013', issues: 0 }],
		['tour=%%%', { story: '', step: 0, event: null, issues: 1 }]
	])('%j', (q, want) => {
		const r = read(q);
		expect({ story: r.story, step: r.step, event: r.event, issues: r.issues.length }).toEqual(want);
	});

	it('reads a tour', () => {
		const tour = encodeTour({ title: 'Mine', steps: [{ event: 'a' }] });
		expect(read(`story=tour&tour=${tour}`).tour?.title).toBe('Mine');
	});

	it('never throws and always gives a step in range', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), (step, tour) => {
				const p = new URLSearchParams();
				p.set('step', step);
				p.set('tour', tour);
				const r = readPresentParams(p);
				expect(r.step >= 0 && r.step <= 9999 && Number.isInteger(r.step)).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('presentQuery', () => {
	it('sets story and step, drops event and keeps the rest', () => {
		const q = presentQuery(new URLSearchParams('dataset=x&event=a&cat=rally&step=3'), {
			story: 'online',
			step: 4,
			tour: null
		});
		expect(q).toBe('?dataset=x&cat=rally&story=online&step=4');
	});

	it('leaves the defaults out', () => {
		expect(presentQuery(new URLSearchParams('step=2'), { story: '', step: 0, tour: null })).toBe(
			''
		);
	});

	it('round-trips through readPresentParams', () => {
		const tour = { id: 'tour', title: 'T', steps: [{ event: 'a', note: 'n' }] };
		const q = presentQuery(new URLSearchParams(), { story: 'tour', step: 1, tour });
		const r = read(q.slice(1));
		expect([r.story, r.step, r.tour]).toEqual(['tour', 1, tour]);
	});
});
