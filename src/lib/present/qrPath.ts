/**
 * A QR code as one SVG path (a unit square per dark module), drawn as an `<svg>` in markup:
 * no canvas, no HTML strings.
 */

/** What is read of a QR code: its size in modules and whether a module is dark. */
export interface QrBitmap {
	readonly size: number;
	get(x: number, y: number): boolean;
}

/** The path data of the dark modules, runs on a row joined into one rectangle each. */
export function qrPath(qr: QrBitmap): string {
	const parts: string[] = [];
	for (let y = 0; y < qr.size; y++) {
		let x = 0;
		while (x < qr.size) {
			if (!qr.get(x, y)) {
				x++;
				continue;
			}
			const start = x;
			while (x < qr.size && qr.get(x, y)) x++;
			parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
		}
	}
	return parts.join('');
}
