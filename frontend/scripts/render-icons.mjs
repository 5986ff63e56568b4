// Renders the maskable icon (public/icons/icon-maskable.svg) to the PNG the manifest names, in Debian's
// Chromium (CHROMIUM_PATH to override), and checks that nothing but the background lies outside the
// safe zone: a circle of radius 40 % of the size, which every launcher's mask keeps.
//   npm run icons
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ICONS = join(import.meta.dirname, '..', 'public', 'icons');
const SIZE = 512;
const BACKGROUND = [0x0b, 0x4f, 0x8a];

const svg = readFileSync(join(ICONS, 'icon-maskable.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(
    `<style>html,body{margin:0}img{display:block;width:${SIZE}px;height:${SIZE}px}</style>` +
      `<img alt="" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`,
  );
  await page.locator('img').evaluate((img) => img.decode());
  const png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
  writeFileSync(join(ICONS, 'icon-maskable-512.png'), png);

  // every pixel outside the safe zone must be the background colour
  const outside = await page.evaluate(
    async ({ size, background }) => {
      const img = document.querySelector('img');
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = size;
      const context = canvas.getContext('2d');
      context.drawImage(img, 0, 0, size, size);
      const { data } = context.getImageData(0, 0, size, size);
      let count = 0;
      for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) {
          if (Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) <= size * 0.4) continue;
          const i = (y * size + x) * 4;
          if (
            Math.abs(data[i] - background[0]) +
              Math.abs(data[i + 1] - background[1]) +
              Math.abs(data[i + 2] - background[2]) >
            6
          )
            count++;
        }
      }
      return count;
    },
    { size: SIZE, background: BACKGROUND },
  );
  if (outside > 0) throw new Error(`${outside} pixels of the maskable icon lie outside the safe zone`);
  console.log(`icon-maskable-512.png written (${png.length} bytes); nothing outside the safe zone`);
} finally {
  await browser.close();
}
