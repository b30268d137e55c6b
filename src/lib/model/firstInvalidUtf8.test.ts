import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from './firstInvalidUtf8';

const decodes = (bytes: Uint8Array) => {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
};

describe('firstInvalidUtf8', () => {
	it.each([
		[[], -1],
		[[0x61, 0xc3, 0xa9], -1],
		[[0x61, 0x62, 0x63, 0xe9, 0x64], 3],
		[[0xc0, 0x80], 0],
		[[0x61, 0xe0, 0x80, 0x80], 1],
		[[0xed, 0xa0, 0x80], 0],
		[[0xf4, 0x90, 0x80, 0x80], 0],
		[[0x61, 0xf0, 0x9f, 0x98], 1],
		[[0xf0, 0x9f, 0x98, 0x80], -1]
	])('%j → %i', (bytes, at) => {
		expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(at);
	});

	it('agrees with TextDecoder, and the bytes before the offset decode', { timeout: 60_000 }, () => {
		const chunk = fc.oneof(
			fc.uint8Array({ maxLength: 6 }),
			fc.string({ unit: 'binary', maxLength: 6 }).map((s) => new TextEncoder().encode(s))
		);
		fc.assert(
			fc.property(fc.array(chunk, { maxLength: 6 }), (chunks) => {
				const bytes = Uint8Array.from(chunks.flatMap((c) => [...c]));
				const at = firstInvalidUtf8(bytes);
				expect(at === -1).toBe(decodes(bytes));
				if (at >= 0) expect(decodes(bytes.subarray(0, at))).toBe(true);
			}),
			{ numRuns: 3000 }
		);
	});
});
