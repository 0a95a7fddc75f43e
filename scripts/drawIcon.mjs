// Renders media/icon.png (128x128) from the SVG below with Debian's Chromium.
// Run by hand when the icon changes: node scripts/drawIcon.mjs
import { chromium } from "playwright-core";
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#1a73e8"/><stop offset="1" stop-color="#7b2ff7"/></linearGradient></defs>
<rect x="4" y="4" width="120" height="120" rx="24" fill="url(#g)"/>
<text x="64" y="78" font-family="NanumGothic, sans-serif" font-weight="700" font-size="56" fill="#fff" text-anchor="middle">젬</text>
<text x="64" y="108" font-family="DejaVu Sans Mono, monospace" font-size="18" fill="#dfe7ff" text-anchor="middle">{ ko }</text>
</svg>`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.screenshot({ path: new URL("../media/icon.png", import.meta.url).pathname, omitBackground: true });
await browser.close();
