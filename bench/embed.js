/**
 * The embed alone: `npm run bench:embed` after `npm run build`. Prints what `/embed` downloads
 * for each view and, with `--lighthouse`, Lighthouse's mobile score of `/embed` (median of three),
 * served over HTTP/2 as a static host serves it (static-host.js).
 */
import { existsSync } from 'node:fs';
import { launch } from '../tests/e2e/browser.js';
import { embedTable, measureEmbedSizes } from './lib/embed-sizes.js';
import { runLighthouse } from './lib/lighthouse.js';
import { startServer } from './lib/server.js';
import { startStaticHost } from './lib/static-host.js';

const build = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'build';
if (!existsSync(`${build}/embed.html`)) {
	console.error(`No ${build}/embed.html: run npm run build first.`);
	process.exit(1);
}
const server = await startServer({ build, mounts: {} });
try {
	const browser = await launch();
	try {
		console.log(embedTable(await measureEmbedSizes(browser, server.url, build)).join('\n'));
	} finally {
		await browser.close();
	}
	if (process.argv.includes('--lighthouse')) {
		const host = await startStaticHost(build);
		const runs = [];
		try {
			for (let i = 0; i < 3; i++) runs.push(await runLighthouse(`${host.url}embed`));
		} finally {
			await host.close();
		}
		runs.sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
		const median = runs[1];
		console.log(
			`\nLighthouse performance (mobile) on /embed: ${runs.map((r) => r.score).join(', ')}; median ${median?.score} (target 95)`
		);
		for (const m of median?.metrics ?? []) console.log(`  ${m.label}: ${m.display}`);
	}
} finally {
	await server.close();
}
