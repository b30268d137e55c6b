import { describe, expect, it } from 'vitest';
import { containsPhrase, documentText, phraseParts, quotedPhrases } from './quotes';

describe('quotedPhrases', () => {
	it.each([
		['no quotes', 'Rallies were held.', []],
		['straight', 'He said "we remain" and "open".', ['we remain', 'open']],
		['curly', 'He said “we remain open”.', ['we remain open']],
		[
			'single quotes inside a quotation stay in it',
			'It calls it "the failed project called \'The Deal of the Century\'".',
			["the failed project called 'The Deal of the Century'"]
		],
		['apostrophes are not quotation marks', "Israel's and the Palestinians' claims", []],
		['empty quotes are skipped', 'A "" gap.', []]
	])('%s', (_label, text, expected) => {
		expect(quotedPhrases(text).map((q) => q.phrase)).toEqual(expected);
	});
});

describe('phraseParts', () => {
	it.each([
		['an ellipsis splits', 'World Al-Quds Day 2025 ... today', ['World Al-Quds Day 2025', 'today']],
		['the ellipsis character too', 'a … b', ['a', 'b']],
		['edge punctuation goes', 'You have to leave Palestine.', ['You have to leave Palestine']],
		['spaces collapse', ' two\n words ', ['two words']]
	])('%s', (_label, phrase, expected) => {
		expect(phraseParts(phrase)).toEqual(expected);
	});
});

describe('containsPhrase', () => {
	const doc =
		'Rouhani said he "expect[s] all people throughout our dear Iran" and that the area had “become a Zionist occupied territory.” The failed project called ‘The Deal of the Century’ and the effort to normalize. Deeply outraged by the new atrocities.';
	it.each([
		['verbatim', 'expect[s] all people throughout our dear Iran', true],
		['curly against straight marks', 'become a Zionist occupied territory.', true],
		['nested single quotes, curly in the source', "called 'The Deal of the Century'", true],
		['first letter in another case', 'deeply outraged', true],
		['parts in order around an ellipsis', 'The failed project ... the effort to normalize', true],
		['parts out of order', 'the effort to normalize ... The failed project', false],
		['a word changed', 'expects all people throughout our dear Iran', false],
		[
			'a longer name than the source gives (the 1979 dispute, as first written)',
			'Ayatollah Khomeini',
			false
		],
		['case changed beyond the first letter', 'deeply Outraged', false]
	])('%s', (_label, phrase, expected) => {
		expect(containsPhrase(doc, phrase)).toBe(expected);
	});
	it('finds "Khomeini" alone', () => {
		expect(containsPhrase('the rise to power of Khomeini Iran', 'Khomeini')).toBe(true);
	});
});

describe('documentText', () => {
	it('keeps a Markdown link as its text and address', () => {
		expect(
			documentText('[https://x.org/a\\_b](https://x.org/a\\_b) and [site](https://x.org)')
		).toBe('https://x.org/a_b and site https://x.org');
	});

	it('drops footnote markers, emphasis, headings and escapes', () => {
		expect(
			documentText(
				'## **Title**\n\nOn May 22<sup>nd</sup>, 2020 the **IHRC** said so<sup>12</sup>. See khamenei\\_ir, <https://example.org/a>.'
			)
		).toBe('Title On May 22nd, 2020 the IHRC said so. See khamenei_ir, https://example.org/a.');
	});
});
