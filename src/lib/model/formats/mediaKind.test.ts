import { describe, expect, it } from 'vitest';
import { mediaKind } from './mediaKind';

describe('mediaKind', () => {
	it.each([
		['https://example.org/a.JPG', 'image'],
		['https://example.org/a.svg?w=200', 'image'],
		['https://example.org/clip.mp4#t=10', 'video'],
		['https://www.youtube.com/watch?v=x', 'video'],
		['https://youtu.be/x', 'video'],
		['https://player.vimeo.com/video/1', 'video'],
		['https://example.org/jpg', 'link'],
		['https://en.wikipedia.org/wiki/Mark_Twain', 'link'],
		['not a url', 'link']
	])('%s is %s', (url, kind) => {
		expect(mediaKind(url)).toBe(kind);
	});
});
