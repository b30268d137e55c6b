import { describe, expect, it } from 'vitest';
import { FALLBACK_COLOUR, SHAPES, SHAPE_PATHS, isShape, safeColour, shapeSvg } from './shapes';

describe('shapeSvg', () => {
	it.each(SHAPES)('draws %s with its own path', (shape) => {
		const svg = shapeSvg(shape, '#AA3300', 20);
		expect(svg).toContain(`d="${SHAPE_PATHS[shape]}"`);
		expect(svg).toContain('fill="#aa3300"');
		expect(svg).toContain('width="20"');
		expect(svg).toMatch(/^<svg [^>]*aria-hidden="true"/);
	});

	it('gives every shape a distinct path', () => {
		expect(new Set(Object.values(SHAPE_PATHS)).size).toBe(SHAPES.length);
	});

	it.each([
		{ name: 'markup in colour', colour: '"/><script>alert(1)</script>', expected: FALLBACK_COLOUR },
		{ name: 'named colour', colour: 'red', expected: FALLBACK_COLOUR },
		{ name: 'short hex', colour: '#abc', expected: FALLBACK_COLOUR },
		{ name: 'css var', colour: 'var(--x)', expected: FALLBACK_COLOUR },
		{ name: 'valid', colour: '#00FF7f', expected: '#00ff7f' }
	])('only lets a #rrggbb colour through: $name', ({ colour, expected }) => {
		const svg = shapeSvg('circle', colour, 16);
		expect(svg).toContain(`fill="${expected}"`);
		expect(svg).not.toContain('<script');
	});

	it.each([
		{ shape: 'unknown', expected: SHAPE_PATHS.circle },
		{ shape: undefined, expected: SHAPE_PATHS.circle },
		{ shape: '"><img src=x>', expected: SHAPE_PATHS.circle }
	])('draws a circle for shape $shape', ({ shape, expected }) => {
		const svg = shapeSvg(shape, '#123456', 16);
		expect(svg).toContain(`d="${expected}"`);
		expect(svg).not.toContain('<img');
	});

	it.each([
		{ size: 2, expected: 4 },
		{ size: 1000, expected: 256 },
		{ size: Number.NaN, expected: 16 },
		{ size: 17.6, expected: 18 }
	])('clamps size $size to $expected', ({ size, expected }) => {
		expect(shapeSvg('square', '#123456', size)).toContain(`width="${expected}"`);
	});

	it('draws a hollow dashed shape for approximate places', () => {
		const svg = shapeSvg('diamond', '#123456', 16, { hollow: true });
		expect(svg).toContain('stroke-dasharray');
		expect(svg).toContain('fill="none"');
	});

	it('fills the ring with the even-odd rule so it has a hole', () => {
		expect(shapeSvg('ring', '#123456', 16)).toContain('fill-rule="evenodd"');
	});

	it.each([
		{ outline: undefined, expected: 'stroke="currentColor"' },
		{ outline: '#FFFFFF', expected: 'stroke="#ffffff"' },
		{ outline: 'url(javascript:x)', expected: 'stroke="currentColor"' }
	])('outline $outline', ({ outline, expected }) => {
		expect(shapeSvg('circle', '#123456', 16, { outline })).toContain(expected);
	});
});

describe('isShape / safeColour', () => {
	it.each([
		['star', true],
		['Star', false],
		['', false],
		[3, false]
	])('isShape(%s) = %s', (v, expected) => {
		expect(isShape(v)).toBe(expected);
	});

	it('uses the given fallback', () => {
		expect(safeColour('nope', '#000000')).toBe('#000000');
	});
});
