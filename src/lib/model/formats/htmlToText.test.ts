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
		['&lt;b&gt;not a tag&lt;/b&gt;', '<b>not a tag</b>'],
		['a < b and c > d', 'a < b and c > d'],
		['1<2', '1<2'],
		['<b unclosed', '<b unclosed'],
		['x<!-- unclosed comment > y', 'x y'],
		['<script>never closed', 'never closed'],
		['<SCRIPT type="x">a()</ script >b', 'b'],
		['<style>p{}</style><p>c</p>', 'c'],
		['one< p >two< /p>three', 'one\ntwo\nthree'],
		['<param>x<h2>y</h2>', 'x\ny'],
		['<br/>a<hr>b', 'a\nb']
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

	// Tag patterns such as <[a-z][^>]*> rescanned the rest of the text from every "<": a megabyte
	// of "<a" took minutes.
	it.each([
		['"<a"', '<a'.repeat(500_000)],
		['"<script"', '<script'.repeat(150_000)],
		['"<!--"', '<!--'.repeat(250_000)],
		['"< p"', '< p'.repeat(330_000)],
		['"</ script"', '<script></ script'.repeat(60_000)],
		['"<a href="', '<a href="'.repeat(110_000)],
		['"&#x1"', '&#x' + '1'.repeat(1_000_000)]
	])('reads a megabyte of %s at once', (_name, html) => {
		const t = Date.now();
		expect(typeof htmlToText(html)).toBe('string');
		expect(htmlLinks(html)).toEqual([]);
		expect(Date.now() - t).toBeLessThan(3000);
	});

	it('keeps many links once each, quickly', () => {
		const html = '<a href="https://x.org/1">1</a>'.repeat(40_000) + '<a href="https://x.org/2">';
		const t = Date.now();
		expect(htmlLinks(html)).toEqual(['https://x.org/1', 'https://x.org/2']);
		expect(Date.now() - t).toBeLessThan(3000);
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
