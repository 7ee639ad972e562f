import { chromium, type Browser } from 'playwright-core';

/** Path of Debian's Chromium (installed by `.ci/run` when missing). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium flags for this machine: no sandbox as root, no GPU, no background traffic. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** How the tests and benchmarks launch Chromium (`launchBrowser`, the tests' shared browser). */
export const LAUNCH = { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS };

/** Launches headless Chromium; playwright gives every launch a fresh temporary profile. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch(LAUNCH);
}
