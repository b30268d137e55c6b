import { describe, expect, it } from 'vitest';
import { isStepMessage, joinPresentation, newChannelName } from './presenterSync';

describe('isStepMessage', () => {
	it.each([
		[{ type: 'chronoatlas-present-step', story: 's', step: 3 }, true],
		[{ type: 'chronoatlas-present-step', story: '', step: 0 }, true],
		[{ type: 'chronoatlas-present-step', story: 's', step: -1 }, false],
		[{ type: 'chronoatlas-present-step', story: 's', step: 1.5 }, false],
		[{ type: 'chronoatlas-present-step', story: 1, step: 1 }, false],
		[{ type: 'other', story: 's', step: 1 }, false],
		['chronoatlas-present-step', false],
		[null, false]
	])('%j → %s', (m, ok) => {
		expect(isStepMessage(m)).toBe(ok);
	});
});

describe('joinPresentation', () => {
	it('carries steps between two windows of one presentation only', async () => {
		const name = newChannelName();
		const heard: number[] = [];
		const other: number[] = [];
		const a = joinPresentation(name, () => {});
		const b = joinPresentation(name, (m) => heard.push(m.step));
		const c = joinPresentation(newChannelName(), (m) => other.push(m.step));
		a.post('s', 4);
		await new Promise((r) => setTimeout(r, 50));
		expect(heard).toEqual([4]);
		expect(other).toEqual([]);
		for (const x of [a, b, c]) x.close();
	});
});
