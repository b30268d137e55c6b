import { describe, expect, it } from 'vitest';
import { EMBED_SANDBOX, embedSnippet, escapeAttribute } from './embedSnippet';

describe('escapeAttribute', () => {
	it.each([
		['plain', 'plain'],
		['a "quoted" <b> & more', 'a &quot;quoted&quot; &lt;b&gt; &amp; more'],
		['&amp;', '&amp;amp;']
	])('%s', (input, expected) => {
		expect(escapeAttribute(input)).toBe(expected);
	});
});

describe('embedSnippet', () => {
	const src = 'https://atlas.example/embed?view=map&event=a';
	it('an iframe with a title, lazy loading, the sandbox, fullscreen and a responsive width', () => {
		const html = embedSnippet({ src, title: 'Quds Day — Chronoatlas', height: 440, script: null });
		expect(html).toBe(
			'<iframe src="https://atlas.example/embed?view=map&amp;event=a" title="Quds Day — Chronoatlas"' +
				` loading="lazy" sandbox="${EMBED_SANDBOX}" allow="fullscreen"` +
				' style="width:100%;border:0" height="440"></iframe>'
		);
	});

	it('adds the resizer script when asked', () => {
		const html = embedSnippet({
			src,
			title: 't',
			height: 400.4,
			script: 'https://atlas.example/embed.js'
		});
		expect(html.split('\n')).toEqual([
			expect.stringContaining('height="400"></iframe>'),
			'<script src="https://atlas.example/embed.js" async></script>'
		]);
	});

	it('a title from the data cannot break out of its attribute', () => {
		const html = embedSnippet({
			src,
			title: '"><script>alert(1)</script>',
			height: 1,
			script: null
		});
		expect(html).not.toContain('<script>');
		expect(html).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
	});

	it('allows no top navigation, forms or modals', () => {
		expect(EMBED_SANDBOX).not.toMatch(/top-navigation|forms|modals/);
	});
});
