/**
 * Lighthouse alone (mobile preset) on the built site's `/`, three runs: `npm run lighthouse`
 * after `npm run build`, served over HTTP/2 as a static host serves it (static-host.js). Prints
 * each score and the median with its key metrics.
 */
import { existsSync } from 'node:fs';
import { runLighthouse } from './lib/lighthouse.js';
import { startStaticHost } from './lib/static-host.js';

const build = process.argv[2] ?? 'build';
if (!existsSync(`${build}/index.html`)) {
	console.error(`No ${build}/index.html: run npm run build first.`);
	process.exit(1);
}
const server = await startStaticHost(build);
try {
	const runs = [];
	for (let i = 0; i < 3; i++) runs.push(await runLighthouse(server.url));
	runs.sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
	const median = runs[1];
	console.log(
		`Lighthouse performance (mobile): ${runs.map((r) => r.score).join(', ')}; median ${median?.score}`
	);
	for (const m of median?.metrics ?? []) console.log(`  ${m.label}: ${m.display}`);
} finally {
	await server.close();
}
