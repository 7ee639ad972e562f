import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { LAUNCH } from './browser.ts';
import { serveStatic } from './server.ts';

/** Sub-path the tests serve the built site under (the test build uses the same BASE_PATH). */
export const BASE = process.env.E2E_BASE ?? '/jemput-bola';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the browser tests' one Chromium listens (`chromium.connect`). */
		browserWs: string;
		/** The origin of the one static server of the built site. */
		siteOrigin: string;
	}
}

/**
 * The browser tests' global setup: one static server of the built site and one headless
 * Chromium for every test file (each test opens its own context in it), stopped at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const server = await serveStatic('build', BASE);
	const browser = await chromium.launchServer(LAUNCH).catch(async (e: unknown) => {
		await server.close();
		throw e;
	});
	project.provide('browserWs', browser.wsEndpoint());
	project.provide('siteOrigin', server.origin);
	return async () => {
		await browser.close();
		await server.close();
	};
}
