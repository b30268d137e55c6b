/** What a command needs from the outside world, so commands can be run in tests without spawning. */
export interface CliIo {
	/** Repository root: `data/`, `static/schema/` are resolved against it. */
	root: string;
	/** Directory relative paths given by the user are resolved against. */
	cwd: string;
	/** A line of normal output (stdout). */
	out: (line: string) => void;
	/** A line of diagnostics (stderr): issues, progress, summaries. */
	err: (line: string) => void;
	/** Data written to stdout as is (export and synth without an output file). */
	write: (text: string) => void;
}
