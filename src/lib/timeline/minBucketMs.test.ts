import { describe, expect, it } from 'vitest';
import { minBucketMs } from './minBucketMs';

describe('minBucketMs', () => {
	it.each([
		// [what, window width (ms), drawn across (px), font (px), shortest bucket (ms)]
		['a desktop: five characters at 16 px are 60 px', 960_000, 960, 16, 60_000],
		['small type: never under a 44 px touch target', 960_000, 960, 8, 44_000],
		['a phone: fewer, longer buckets', 960_000, 320, 16, 180_000],
		['a 4K projector: 32 px type needs 111 px', 960_000, 3840, 32, 27_750]
	])('%s', (_, span, width, font, expected) => {
		expect(minBucketMs({ start: 1_000, end: 1_000 + span }, width, font)).toBeCloseTo(expected, 6);
	});
});
