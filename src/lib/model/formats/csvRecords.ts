/**
 * A small RFC 4180 CSV reader and writer. It reports each problem with its line and cell, and
 * recovers from an unterminated quote by resuming at the next line, so one broken row costs only
 * itself. (PapaParse swallows the rest of the file into the unterminated cell and reports only
 * record numbers; here every record keeps the physical line it starts on.)
 */

/** One record: its cells and the 1-based line it starts on. */
export interface CsvRecord {
	line: number;
	cells: string[];
}

/** A syntax problem: where (line, 0-based cell index), what was expected and what was found. */
export interface CsvProblem {
	line: number;
	cell: number;
	expected: string;
	received: string;
}

/** The result of reading CSV text. Records with a problem are left out of `records`. */
export interface CsvRead {
	records: CsvRecord[];
	problems: CsvProblem[];
	delimiter: string;
}

const QUOTE = 34; // "
const CR = 13;
const LF = 10;

/** Guess the delimiter from the first line (outside quotes): comma, semicolon or tab. */
export function detectDelimiter(text: string): string {
	const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '"') quoted = !quoted;
		else if (!quoted && (c === '\n' || c === '\r')) break;
		else if (!quoted && c in counts) counts[c]!++;
	}
	let best = ',';
	for (const d of [';', '\t']) if (counts[d]! > counts[best]!) best = d;
	return best;
}

/** Count line breaks (CRLF, LF or a lone CR) in text[from, to). */
function countBreaks(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === LF) n++;
		else if (c === CR && text.charCodeAt(i + 1) !== LF) n++;
	}
	return n;
}

/** Index just after the line break that ends the line containing `i` (or text length). */
function nextLineStart(text: string, i: number): number {
	for (let j = i; j < text.length; j++) {
		const c = text.charCodeAt(j);
		if (c === LF) return j + 1;
		if (c === CR) return text.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
	}
	return text.length;
}

/**
 * Read CSV text into records. Blank lines are skipped; a leading byte-order mark is ignored.
 * Never throws: an unterminated quoted cell or text after a closing quote is a problem for that
 * record, and reading resumes on the next line.
 */
export function readCsvRecords(input: string, delimiter?: string): CsvRead {
	const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	const delim = delimiter ?? detectDelimiter(text);
	const D = delim.charCodeAt(0);
	const n = text.length;
	const records: CsvRecord[] = [];
	const problems: CsvProblem[] = [];
	let i = 0;
	let line = 1;
	while (i < n) {
		const start = line;
		const cells: string[] = [];
		let bad: CsvProblem | null = null;
		let resumed = false;
		for (;;) {
			let cell: string;
			if (text.charCodeAt(i) === QUOTE) {
				const quoteLine = line;
				const open = i;
				let j = i + 1;
				let buf = '';
				let closed = false;
				for (;;) {
					const k = text.indexOf('"', j);
					if (k === -1) break;
					buf += text.slice(j, k);
					if (text.charCodeAt(k + 1) === QUOTE) {
						buf += '"';
						j = k + 2;
						continue;
					}
					j = k + 1;
					closed = true;
					break;
				}
				if (!closed) {
					problems.push({
						line: quoteLine,
						cell: cells.length,
						expected: 'a closing quote (") for the quoted cell',
						received: `an unterminated quote starting ${JSON.stringify(text.slice(open, open + 20))}`
					});
					// Resume on the line after the one the quote opened on.
					i = nextLineStart(text, open);
					line = quoteLine + 1;
					resumed = true;
					break;
				}
				line += countBreaks(text, i, j);
				i = j;
				cell = buf;
				// Anything between the closing quote and the delimiter is malformed.
				let e = i;
				while (e < n) {
					const c = text.charCodeAt(e);
					if (c === D || c === LF || c === CR) break;
					e++;
				}
				if (e > i && countBreaks(text, open, i) > 0) {
					// A stray quote paired with a quote on a later line: report the line it opened
					// on and resume after it, so the following rows are not swallowed.
					problems.push({
						line: quoteLine,
						cell: cells.length,
						expected:
							'quotes to pair up within the cell (write "" for a quote inside a quoted cell)',
						received: `a quote starting ${JSON.stringify(text.slice(open, open + 20))} that runs to line ${line}`
					});
					i = nextLineStart(text, open);
					line = quoteLine + 1;
					resumed = true;
					break;
				}
				if (e > i) {
					bad ??= {
						line: quoteLine,
						cell: cells.length,
						expected: `a delimiter or line end after a closing quote (write "" for a quote inside a quoted cell)`,
						received: JSON.stringify(text.slice(i, Math.min(e, i + 20)))
					};
					cell += text.slice(i, e);
					i = e;
				}
			} else {
				let e = i;
				while (e < n) {
					const c = text.charCodeAt(e);
					if (c === D || c === LF || c === CR) break;
					e++;
				}
				cell = text.slice(i, e);
				i = e;
			}
			cells.push(cell);
			const c = text.charCodeAt(i);
			if (c === D) {
				i++;
				continue;
			}
			if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
			else if (c === LF) i++;
			if (i <= n) line++;
			break;
		}
		if (resumed) continue;
		if (bad) {
			problems.push(bad);
			continue;
		}
		if (cells.length === 1 && cells[0] === '') continue;
		records.push({ line: start, cells });
	}
	return { records, problems, delimiter: delim };
}

/**
 * A cell a spreadsheet would read as a formula: starting with = + - @, tab or carriage return
 * (OWASP's list), after any single quotes (so that a cell we neutralized reads back exactly).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** A plain number (`-79.38`, `-0044`, `1e5`): kept as it is, spreadsheets read it as a number. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * A cell that no spreadsheet runs as a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`): a single
 * quote before it, as OWASP recommends. A value already starting with quotes before such a
 * character gets one more, so {@link restoreFormula} gives back exactly the value.
 */
export function neutralizeFormula(value: string): string {
	return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The value {@link neutralizeFormula} was given: one single quote before a formula start removed. */
export function restoreFormula(cell: string): string {
	return cell.charCodeAt(0) === 39 && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

const NEEDS_QUOTES = /[",\r\n;\t]|^\s|\s$/;

/** One cell, quoted when it holds a delimiter, quote, line break or edge whitespace. */
export function csvCell(value: string): string {
	return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record as a CSV line (without the line break). */
export function csvLine(cells: readonly string[]): string {
	return cells.map(csvCell).join(',');
}
