import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlLinks, htmlToText, httpUrl } from './htmlToText';
import { slugify, uniqueSlug } from './slug';

describe('htmlToText', () => {
	it.each([
		['plain', 'plain'],
		['<p>One</p><p>Two</p>', 'One\nTwo'],
		['Whitney Houston<br/> 1963 - 2012', 'Whitney Houston\n1963 - 2012'],
		['the <i>Bodyguard</i>’s soundtrack', 'the Bodyguard’s soundtrack'],
		['Take <a href="https://x.org">Ada</a>: a', 'Take Ada: a'],
		['<script>alert(1)</script>safe', 'safe'],
		['a &amp; b &lt;c&gt; &#39;d&#x27; &eacute; &bogus;', "a & b <c> 'd' é &bogus;"],
		['<p class="lead">  spaced   out  </p>', 'spaced out'],
		['<!-- note -->kept', 'kept'],
		['&lt;b&gt;not a tag&lt;/b&gt;', '<b>not a tag</b>']
	])('%j → %j', (html, text) => expect(htmlToText(html)).toBe(text));

	it('joins lines for a headline', () => {
		expect(htmlToText('Whitney Houston<br/> 1963 - 2012', true)).toBe(
			'Whitney Houston 1963 - 2012'
		);
	});

	it('keeps only http(s) links, protocol-relative as https', () => {
		expect(
			htmlLinks(
				`<a href="https://a.org/x">a</a> <a href='//b.org'>b</a> <a href="javascript:alert(1)">c</a> <a href=http://d.org>d</a> <a href="https://a.org/x">dup</a>`
			)
		).toEqual(['https://a.org/x', 'https://b.org', 'http://d.org']);
		expect(httpUrl('mailto:x@y.z')).toBeUndefined();
		expect(httpUrl('/static/img/x.jpg')).toBeUndefined();
	});

	it('leaves references named like object properties as they are', () => {
		// They were looked up in a plain object: "&constructor;" became Object's source text.
		expect(decodeEntities('&constructor; &toString; &__proto__; &valueOf;')).toBe(
			'&constructor; &toString; &__proto__; &valueOf;'
		);
	});

	it('decodes numeric references beyond the BMP and leaves invalid ones', () => {
		expect(decodeEntities('&#128512; &#0; &#x110000;')).toBe('😀 &#0; &#x110000;');
	});
});

describe('slugs', () => {
	it.each([
		['Rózsa Péter writes recursion 1951', 'rozsa-peter-writes-recursion-1951'],
		['"The Mother of the Internet"', 'the-mother-of-the-internet'],
		['  --  ', ''],
		['東京', '']
	])('%j → %j', (t, s) => expect(slugify(t)).toBe(s));

	it('makes unique slugs with a fallback', () => {
		const taken = new Set(['a']);
		expect(uniqueSlug('A', taken)).toBe('a-2');
		expect(uniqueSlug('a', taken)).toBe('a-3');
		expect(uniqueSlug('東京', taken)).toBe('event');
		expect(uniqueSlug('東京', taken)).toBe('event-2');
	});

	it('never makes a name every JavaScript object has', () => {
		const taken = new Set<string>();
		expect(uniqueSlug('Constructor', taken)).toBe('constructor-2');
		expect(uniqueSlug('constructor', taken)).toBe('constructor-3');
	});

	it('cuts long slugs at a word', () => {
		const s = slugify('word '.repeat(30));
		expect(s.length).toBeLessThanOrEqual(60);
		expect(s.endsWith('-')).toBe(false);
	});
});
