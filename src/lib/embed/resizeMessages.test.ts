import { describe, expect, it } from 'vitest';
import {
	heightMessage,
	hostAsks,
	MEASURE_MESSAGE,
	pymChildId,
	pymHeightMessage
} from './resizeMessages';

describe('pymHeightMessage', () => {
	it.each([
		['graphic', 600, 'pymxPYMxgraphicxPYMxheightxPYMx600'],
		['a-1', 412.2, 'pymxPYMxa-1xPYMxheightxPYMx413'],
		['x', 0, 'pymxPYMxxxPYMxheightxPYMx1']
	])('%s, %d px', (id, h, expected) => {
		expect(pymHeightMessage(id, h)).toBe(expected);
	});

	it('matches the regular expression pym.Parent 1.3.2 reads messages with', () => {
		// _makeMessageRegex(id) in pym.v1.js
		const re = new RegExp('^' + ['pym', 'graphic', '(\\S+)', '(.*)'].join('xPYMx') + '$');
		const m = pymHeightMessage('graphic', 640).match(re);
		expect(m?.slice(1)).toEqual(['height', '640']);
	});
});

describe('heightMessage', () => {
	it.each([
		[null, 480, { type: 'chronoatlas:height', height: 480, id: null }],
		['g', 480.5, { type: 'chronoatlas:height', height: 481, id: 'g' }]
	])('%s, %d px', (id, h, expected) => {
		expect(heightMessage(id, h)).toEqual(expected);
	});
});

describe('hostAsks', () => {
	it.each<[unknown, string | null, 'measure' | null]>([
		['pymxPYMxgraphicxPYMxwidthxPYMx640', 'graphic', 'measure'],
		['pymxPYMxotherxPYMxwidthxPYMx640', 'graphic', null],
		['pymxPYMxgraphicxPYMxwidthxPYMx640', null, null],
		['pymxPYMxgraphicxPYMxviewport-iframe-positionxPYMx1 2 3', 'graphic', null],
		[{ type: MEASURE_MESSAGE }, null, 'measure'],
		[{ type: 'other' }, null, null],
		[null, null, null],
		[42, 'graphic', null]
	])('%j for %s', (data, id, expected) => {
		expect(hostAsks(data, id)).toBe(expected);
	});
});

describe('pymChildId', () => {
	it.each([
		['?initialWidth=600&childId=graphic', 'graphic'],
		['?childId=a_b-9', 'a_b-9'],
		['?childId=a.*b', null],
		['?childId=', null],
		['', null]
	])('%s', (search, expected) => {
		expect(pymChildId(search)).toBe(expected);
	});
});
