/** Minimal typing for the `edtf` package (it ships none): we use only the default parser. */
declare module 'edtf' {
	const edtf: (input: string) => unknown;
	export default edtf;
}
