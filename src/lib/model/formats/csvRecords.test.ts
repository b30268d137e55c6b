import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvLine, detectDelimiter, readCsvRecords } from './csvRecords';

describe('readCsvRecords', () => {
	it.each([
		[
			'plain',
			'a,b\n1,2\n',
			[
				['a', 'b'],
				['1', '2']
			],
			[1, 2]
		],
		[
			'CRLF and no final newline',
			'a,b\r\n1,2',
			[
				['a', 'b'],
				['1', '2']
			],
			[1, 2]
		],
		[
			'quoted comma, quote and newline',
			'a,b\n"x, ""y""\nz",2\n3,4\n',
			[
				['a', 'b'],
				['x, "y"\nz', '2'],
				['3', '4']
			],
			[1, 2, 4]
		],
		[
			'blank lines skipped',
			'a,b\n\n1,2\n\n',
			[
				['a', 'b'],
				['1', '2']
			],
			[1, 3]
		],
		[
			'BOM ignored',
			'\ufeffa,b\n1,2\n',
			[
				['a', 'b'],
				['1', '2']
			],
			[1, 2]
		],
		[
			'empty cells and trailing delimiter',
			'a,b,c\n,,\n1,',
			[
				['a', 'b', 'c'],
				['', '', ''],
				['1', '']
			],
			[1, 2, 3]
		],
		[
			'semicolon delimiter',
			'a;b\n"1;x";2\n',
			[
				['a', 'b'],
				['1;x', '2']
			],
			[1, 2]
		],
		[
			'tab delimiter',
			'a\tb\n1\t2\n',
			[
				['a', 'b'],
				['1', '2']
			],
			[1, 2]
		],
		[
			'bare quote inside an unquoted cell is kept',
			'a,b\n5" pipe,2\n',
			[
				['a', 'b'],
				['5" pipe', '2']
			],
			[1, 2]
		],
		[
			'lone CR line ends',
			'a,b\r1,2\r',
			[
				['a', 'b'],
				['1', '2']
			],
			[1, 2]
		]
	])('%s', (_name, text, cells, lines) => {
		const r = readCsvRecords(text);
		expect(r.problems).toEqual([]);
		expect(r.records.map((x) => x.cells)).toEqual(cells);
		expect(r.records.map((x) => x.line)).toEqual(lines);
	});

	it('reports an unterminated quote at its line and cell, and keeps the rows after it', () => {
		const r = readCsvRecords('a,b,c\n1,"x,2\n3,4,5\n6,7,8\n');
		expect(r.problems).toEqual([expect.objectContaining({ line: 2, cell: 1 })]);
		expect(r.records.map((x) => x.cells[0])).toEqual(['a', '3', '6']);
		expect(r.records.map((x) => x.line)).toEqual([1, 3, 4]);
	});

	it('reports a stray quote that pairs with a later line, and keeps the rows after it', () => {
		const r = readCsvRecords('a,b,c\n1,"x,2\n3,4,5\n6,"y",8\n');
		expect(r.problems).toEqual([expect.objectContaining({ line: 2, cell: 1 })]);
		expect(r.records.map((x) => x.cells)).toEqual([
			['a', 'b', 'c'],
			['3', '4', '5'],
			['6', 'y', '8']
		]);
	});

	it('reports text after a closing quote and drops only that record', () => {
		const r = readCsvRecords('a,b\n"x"y,2\n3,4\n');
		expect(r.problems).toEqual([expect.objectContaining({ line: 2, cell: 0 })]);
		expect(r.records.map((x) => x.cells)).toEqual([
			['a', 'b'],
			['3', '4']
		]);
	});

	it('detects the delimiter from the header only', () => {
		expect(detectDelimiter('id,title,tags\n1,x,"a;b;c"')).toBe(',');
		expect(detectDelimiter('id;title\n')).toBe(';');
		expect(detectDelimiter('"a,b";c;d\n')).toBe(';');
	});

	it('csvLine → readCsvRecords gives back any cells', () => {
		const cell = fc.string({ unit: 'binary', maxLength: 12 });
		const special = fc.constantFrom(',', '"', '\n', '\r\n', '\r', ';', '\t', ' ', '""');
		const text = fc.array(fc.oneof(cell, special), { maxLength: 6 }).map((p) => p.join(''));
		fc.assert(
			fc.property(
				fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { maxLength: 5 }),
				(rows) => {
					const all = [['h1', 'h2', 'h3'], ...rows];
					const r = readCsvRecords(all.map(csvLine).join('\r\n') + '\r\n');
					expect(r.problems).toEqual([]);
					expect(r.records.map((x) => x.cells)).toEqual(all);
				}
			)
		);
	});
});
