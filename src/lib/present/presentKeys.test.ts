import { describe, expect, it } from 'vitest';
import { presentKey } from './presentKeys';

describe('presentKey', () => {
	it.each([
		['ArrowRight', 'next'],
		[' ', 'next'],
		['PageDown', 'next'],
		['ArrowLeft', 'prev'],
		['PageUp', 'prev'],
		['Home', 'first'],
		['End', 'last'],
		['Escape', 'leave'],
		['f', 'fullscreen'],
		['b', 'black'],
		['.', 'black'],
		['?', 'help'],
		['P', 'presenter'],
		['q', 'follow'],
		['a', 'autoplay'],
		['x', 'none'],
		['Enter', 'next']
	])('%j → %s', (key, kind) => {
		expect(presentKey(key, '').action.kind).toBe(kind);
	});

	it('jumps to a typed number on Enter', () => {
		let digits = '';
		for (const k of ['1', '2']) digits = presentKey(k, digits).digits;
		expect(digits).toBe('12');
		expect(presentKey('Enter', digits)).toEqual({ action: { kind: 'jump', step: 12 }, digits: '' });
	});

	it('forgets typed digits on any other key', () => {
		expect(presentKey('ArrowRight', '7')).toEqual({ action: { kind: 'next' }, digits: '' });
	});

	it('keeps at most four digits', () => {
		expect(presentKey('5', '1234').digits).toBe('2345');
	});

	it('goes back on Shift+Space', () => {
		expect(presentKey(' ', '', true).action.kind).toBe('prev');
	});
});
