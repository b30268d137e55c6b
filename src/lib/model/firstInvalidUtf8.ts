/**
 * Where UTF-8 text first goes wrong, for messages that point at the byte. One pass over the bytes
 * by the rules the WHATWG decoder (TextDecoder) applies: no overlong forms, no surrogates, nothing
 * above U+10FFFF, no sequence cut short.
 */

/** Offset of the first byte that starts an invalid (or cut-short) sequence, or -1 when all is UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	const n = bytes.length;
	let i = 0;
	while (i < n) {
		const b = bytes[i]!;
		if (b < 0x80) {
			i++;
			continue;
		}
		// The sequence's length and the range its second byte must be in.
		let len: number;
		let lo = 0x80;
		let hi = 0xbf;
		if (b >= 0xc2 && b <= 0xdf) len = 2;
		else if (b >= 0xe0 && b <= 0xef) {
			len = 3;
			if (b === 0xe0) lo = 0xa0; // overlong
			if (b === 0xed) hi = 0x9f; // surrogates
		} else if (b >= 0xf0 && b <= 0xf4) {
			len = 4;
			if (b === 0xf0) lo = 0x90; // overlong
			if (b === 0xf4) hi = 0x8f; // above U+10FFFF
		} else return i;
		if (i + len > n) return i;
		const second = bytes[i + 1]!;
		if (second < lo || second > hi) return i;
		for (let k = 2; k < len; k++) {
			const c = bytes[i + k]!;
			if (c < 0x80 || c > 0xbf) return i;
		}
		i += len;
	}
	return -1;
}
