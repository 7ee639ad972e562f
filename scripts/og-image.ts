import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser.ts';
import { publicEn } from '../src/lib/i18n/public-en.ts';
import { publicId } from '../src/lib/i18n/public-id.ts';

// `npx tsx scripts/og-image.ts`: draws the link-preview image of the public pages
// (static/public/og.png, 1200 × 630, committed) in headless Chromium from the pages' own words.
const esc = (s: string) => s.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
const html = `<body style="margin:0;width:1200px;height:630px;background:#0b5d7a;color:#fff;
font-family:'DejaVu Sans',sans-serif;display:flex;flex-direction:column;justify-content:center;
padding:0 80px;box-sizing:border-box">
<div style="font-size:34px;opacity:.85">${esc(publicId.site)}</div>
<div style="font-size:76px;font-weight:700;margin:24px 0">${esc(publicId.index_title)}</div>
<div style="font-size:36px;opacity:.9">${esc(publicEn.index_title)}</div></body>`;
const browser = await launchBrowser();
try {
	const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
	await page.setContent(html);
	mkdirSync('static/public', { recursive: true });
	await page.screenshot({ path: 'static/public/og.png' });
} finally {
	await browser.close();
}
