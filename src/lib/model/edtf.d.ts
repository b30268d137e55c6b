/** Minimal typing for the `edtf` package (it ships none): the parser and the classes we test with instanceof. */
declare module 'edtf' {
	const edtf: (input: string) => unknown;
	export default edtf;
	export class Date {}
	export class Year {}
	export class Season {}
}
