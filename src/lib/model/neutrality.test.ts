import { describe, expect, it } from 'vitest';
import { HEDGE_IN_OURS, HEDGE_IN_SOURCE, wordingProblems } from './neutrality';

/** The rule and words of each problem, for compact expectations. */
const found = (text: string) => wordingProblems(text).map((p) => `${p.rule.id}:${p.match}`);

describe('wordingProblems', () => {
	it.each([
		['plain neutral text', 'Rallies were held in Tehran on 8 June 2018.', []],
		[
			'a loaded term stated as fact',
			'The occupation of Jerusalem continued.',
			['loaded:occupation']
		],
		[
			'quoted but not attributed',
			'The “Zionist regime” was criticized.',
			['loaded:Zionist', 'loaded:regime']
		],
		[
			'quoted and attributed with "according to"',
			'According to the report, he spoke of “the Zionist regime”.',
			[]
		],
		['quoted and attributed with "said"', 'He said that “resistance is alive”.', []],
		[
			'attribution in another sentence does not count',
			'The article says so. The crowd wanted “liberation”.',
			['loaded:liberation']
		],
		[
			'a full stop inside the quotation does not end the sentence',
			'He wrote: “the west bank should be armed. The only thing is the use of force”, the report says.',
			[]
		],
		[
			'a loaded word outside quotes is caught even when the sentence is attributed',
			'According to the article, the martyrs were honoured.',
			['loaded:martyrs']
		],
		['straight quotes work too', 'The article calls it "the Israeli genocide in Gaza".', []],
		[
			'a proper name is not a characterization',
			'The International Institute for Counter-Terrorism was founded in 1996.',
			[]
		],
		['counter-terrorism names a field', 'An Israeli counter-terrorism institute.', []],
		['terrorism outside a name is caught', 'They fought terrorism.', ['loaded:terrorism']],
		[
			'"so-called" in our voice (the 2022 address, as first written)',
			'Ali Khamenei spoke of the Palestinians\' "invincible will" overshadowing Israel\'s so-called "invincible military".',
			['loaded:so-called']
		],
		[
			'"so-called" does not count as an attribution ("called")',
			'It condemned the so-called "political wing".',
			['loaded:so-called']
		],
		[
			'a rebuttal in our voice (the Toronto rally, as first written)',
			'The quoted words do not themselves contain such a call, and the article quotes no more of the speech.',
			['verdict:do not themselves contain']
		],
		['"in fact" is a verdict', 'The figure was in fact lower.', ['verdict:in fact']],
		[
			'a verdict the sentence attributes, in quotes, is reported speech',
			'The ministry called the reports "baseless".',
			[]
		],
		[
			'a caption is not an attribution (the banner title, as first written)',
			'Khamenei\'s Twitter account posts a banner captioned "the Final Solution until the referendum"',
			['loaded:Final Solution']
		],
		[
			'a rendering the title attributes is fine',
			'Banner on Khamenei\'s Twitter account, with a caption the ICT report renders as "the Final Solution until the referendum"',
			[]
		],
		[
			'a claim of reach in our voice (the protests title, as first written)',
			'Protests across the Muslim world after the Al-Aqsa clashes',
			['scale:across the Muslim world']
		],
		[
			'the same claim, attributed',
			'Embassy article reports protests across the Muslim world after the Al-Aqsa clashes',
			[]
		],
		['a crowd size in our voice', 'Thousands marched in Budgam.', ['scale:Thousands']],
		['a crowd size attributed', 'Shafaqna reports that thousands marched in Budgam.', []],
		[
			'a paraphrase that softens a word is beyond a lexical rule (documented limit)',
			"He condemned Israel's rule over Jerusalem.",
			[]
		]
	])('%s', (_label, text, expected) => {
		expect(found(text)).toEqual(expected);
	});

	it('reports the whole sentence for context', () => {
		const [p] = wordingProblems('Fine here. The occupation went on. Fine again.');
		expect(p?.sentence).toBe('The occupation went on.');
	});

	it('keeps offsets right after characters outside the basic plane', () => {
		expect(found('😀 “the regime”, he said. The regime fell.')).toEqual(['loaded:regime']);
	});
});

describe('hedges', () => {
	it.each([
		['It seems that the sensitivity led him to delete the banner', true],
		['It is likely that due to this criticism he clarified', true],
		['He deleted the banner', false]
	])('a source sentence %s → hedged: %s', (text, hedged) => {
		expect(HEDGE_IN_SOURCE.test(text)).toBe(hedged);
	});

	it.each([
		['The ICT report supposes ("It seems") that the banner was deleted.', true],
		['The report says the banner was apparently deleted.', true],
		['The ICT report says the banner was deleted.', false]
	])('our sentence %s → keeps the doubt: %s', (text, hedged) => {
		expect(HEDGE_IN_OURS.test(text)).toBe(hedged);
	});
});
