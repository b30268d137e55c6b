/**
 * Online map tiles are the reader's choice, kept per browser: a shared link with `tiles=1` never
 * makes the reader's browser call the tile server, and a link copied after choosing them does not
 * carry the choice to anyone else.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openExplorer, useSite } from './helpers.js';

const site = useSite();
const TILES = /tile\.openstreetmap\.org/;
/** A 1×1 transparent PNG, standing in for the tile server (the tests run offline). */
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
	'base64'
);

test('tiles=1 in a link does not call the tile server; the reader’s own choice does, and stays', async () => {
	const page = await site.newPage();
	/** @type {string[]} */
	const asked = [];
	await page.context().route(TILES, (route) => {
		asked.push(route.request().url());
		return route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
	});
	await openExplorer(page, site.url, '?tiles=1&layout=map');
	const notice = page.getByTestId('url-issues');
	await notice.waitFor();
	assert.match(await notice.innerText(), /a link cannot turn them on/);
	const box = page.getByRole('checkbox', { name: 'Online map tiles' });
	assert.equal(await box.isChecked(), false);
	// The link is rewritten without it.
	await page.waitForFunction(() => !new URL(location.href).searchParams.has('tiles'));
	assert.deepEqual(asked, [], 'no request to the tile server');

	// The reader turns them on: tiles load, and the choice is not put in the link.
	await box.check();
	await page.waitForFunction(() => document.querySelector('.leaflet-tile-loaded') !== null);
	assert.ok(asked.length > 0);
	assert.equal(new URL(page.url()).searchParams.get('tiles'), null);

	// This browser remembers it, on a link without tiles=.
	await openExplorer(page, site.url, '?layout=map');
	assert.equal(await page.getByRole('checkbox', { name: 'Online map tiles' }).isChecked(), true);
	await page.waitForFunction(() => document.querySelector('.leaflet-tile-loaded') !== null);

	// Turned off, it stays off.
	await page.getByRole('checkbox', { name: 'Online map tiles' }).uncheck();
	const before = asked.length;
	await openExplorer(page, site.url, '?layout=map');
	assert.equal(await page.getByRole('checkbox', { name: 'Online map tiles' }).isChecked(), false);
	assert.equal(asked.length, before);
	await page.context().close();
});

test('online tiles that fail to load fall back to the offline map, and say so', async () => {
	const page = await site.newPage();
	await page.context().route(TILES, (route) => route.abort('connectionrefused'));
	await openExplorer(page, site.url, '?layout=map');
	await page.getByRole('checkbox', { name: 'Online map tiles' }).check();
	const notice = page.locator('[data-testid="map"] .notice.shown');
	await notice.waitFor();
	assert.match(
		await notice.innerText(),
		/Online tiles could not be loaded; showing the offline map/
	);
	// The offline basemap is still drawn under them, and events are still on it.
	assert.ok((await page.locator('[data-testid="map"] path.cx-land').count()) > 100);
	assert.ok(
		(await page
			.locator(
				'[data-testid="map"] [data-testid="map-marker"], [data-testid="map"] [data-testid="map-cluster"]'
			)
			.count()) > 0
	);
	await page.context().close();
});
