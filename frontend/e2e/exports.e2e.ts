import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cspViolations, launch, networkLaidOut, open, pageErrors, type Session } from './browser';

// Exports that stand alone: each file is opened outside the explorer (a blank page with no style sheet) and
// looked at as a person would: colours resolved (no black sea), a sans-serif font, a title, the date, the key.

let session: Session;
beforeAll(async () => (session = await launch()));
afterAll(async () => session?.close());

async function download(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), body: Buffer.concat(chunks) };
}

interface Look {
  width: number;
  height: number;
  /** Share of pixels that are (nearly) black, and that are the map's pale sea blue. */
  black: number;
  sea: number;
  fonts: string[];
  texts: string[];
}

/** Opens an image file on a blank page (no style sheet of the explorer) and reports what it looks like. */
async function look(svgOrPng: Buffer, type: 'svg' | 'png'): Promise<Look> {
  const page = await session.browser.newPage();
  try {
    const dataUrl = `data:${type === 'svg' ? 'image/svg+xml' : 'image/png'};base64,${svgOrPng.toString('base64')}`;
    return await page.evaluate(
      async ({ dataUrl, svgText }) => {
        const img = new Image();
        await new Promise((resolve, reject) => {
          img.onload = resolve;
          img.onerror = () => reject(new Error('the file does not load as an image'));
          img.src = dataUrl;
        });
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let black = 0;
        let sea = 0;
        for (let i = 0; i < data.length; i += 4) {
          const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
          if (r < 40 && g < 40 && b < 40) black++;
          // --sea is #dbe9f4.
          if (Math.abs(r - 0xdb) < 8 && Math.abs(g - 0xe9) < 8 && Math.abs(b - 0xf4) < 8) sea++;
        }
        const pixels = data.length / 4;
        const fonts: string[] = [];
        const texts: string[] = [];
        if (svgText) {
          // The SVG put into a page with no style sheet: what font would its text be set in?
          const holder = document.createElement('div');
          holder.innerHTML = svgText.replace(/^<\?xml[^>]*>/, '');
          document.body.append(holder);
          for (const t of Array.from(holder.querySelectorAll('text'))) {
            fonts.push(getComputedStyle(t).fontFamily);
            texts.push(t.textContent ?? '');
          }
        }
        return { width: img.naturalWidth, height: img.naturalHeight, black: black / pixels, sea: sea / pixels, fonts: [...new Set(fonts)], texts };
      },
      { dataUrl, svgText: type === 'svg' ? svgOrPng.toString('utf8') : '' },
    );
  } finally {
    await page.close();
  }
}

const REGIONS = ['North East', 'North West', 'Yorkshire and the Humber', 'East Midlands', 'West Midlands', 'Eastern', 'London', 'South East', 'South West', 'Wales'];

describe('exports that stand alone', () => {
  it('writes the map as an SVG with resolved colours, a sans-serif font, a title, the date and the key', async () => {
    const page = await open(session, 'function=roads-policing&at=2017-06-30');
    const svg = await download(page, '#export-svg');
    expect(svg.name).toBe('concordat-map-2017-06-30.svg');
    const text = svg.body.toString('utf8');
    expect(text).toMatch(/^<\?xml[\s\S]*<svg/);
    expect(text).not.toContain('var(');
    const seen = await look(svg.body, 'svg');
    // The sea is its pale blue, not black as when the file referred to the page's CSS variables.
    expect(seen.sea).toBeGreaterThan(0.15);
    expect(seen.black).toBeLessThan(0.01);
    for (const font of seen.fonts) expect(font).toMatch(/sans-serif/);
    expect(seen.texts[0]).toBe('Police collaborations — England and Wales');
    expect(seen.texts).toContain('Key');
    for (const region of REGIONS) expect(seen.texts).toContain(region);
    expect(seen.texts.some((t) => t.startsWith('As of 30 Jun 2017') && t.includes('function: Roads policing'))).toBe(true);
    expect(seen.texts).toContain('Lancashire');

    const png = await download(page, '#export-png');
    expect(png.name).toBe('concordat-map-2017-06-30.png');
    const picture = await look(png.body, 'png');
    // The same framed picture, rasterised at twice its size.
    expect(picture.width).toBeGreaterThan(1800);
    expect(picture.sea).toBeGreaterThan(0.15);
    expect(picture.black).toBeLessThan(0.01);
    expect(pageErrors(page)).toEqual([]);
    // resolving the colours and rasterising through a blob: URL need nothing the content security policy refuses
    expect(await cspViolations(page)).toEqual([]);
  });

  it('writes the network the same way, with its key and what-if marks', async () => {
    const page = await open(session, 'view=network&at=2017-06-30&force=lancashire&whatif=nwmpg');
    await networkLaidOut(page);
    await page.locator('table.shares[data-collaboration="nwmpg"]').waitFor({ timeout: 30_000 });
    const svg = await download(page, '#export-svg');
    const text = svg.body.toString('utf8');
    expect(text).not.toContain('var(');
    const seen = await look(svg.body, 'svg');
    expect(seen.black).toBeLessThan(0.02);
    for (const font of seen.fonts) expect(font).toMatch(/sans-serif/);
    expect(seen.texts[0]).toBe('Network of police collaborations — England and Wales');
    expect(seen.texts.some((t) => t.includes('what if Lancashire Constabulary withdrew from'))).toBe(true);
    expect(seen.texts).toContain('affected / pays more');
    // NWMPG is affected: it is drawn in the what-if orange (#ef6c00), as on screen.
    expect(text).toMatch(/fill="rgb\(239, ?108, ?0\)"/);

    const png = await download(page, '#export-png');
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    const picture = await look(png.body, 'png');
    expect(picture.black).toBeLessThan(0.02);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('writes the network shown as GraphML and GEXF that read back with every node of the view', async () => {
    const page = await open(session, 'function=roads-policing&at=2017-06-30');
    for (const format of ['graphml', 'gexf'] as const) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`#export-${format}`).click()]);
      expect(file.suggestedFilename()).toBe(`concordat-network-2017-06-30.${format}`);
      const chunks: Buffer[] = [];
      for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
      const xml = Buffer.concat(chunks).toString('utf8');
      // The file's question is the view's: the same date and filters as the picture, asked as JSON for comparison.
      const asked = new URL(file.url());
      expect(asked.searchParams.get('at')).toBe('2017-06-30');
      expect(asked.searchParams.get('function')).toBe('roads-policing');
      asked.searchParams.delete('format');
      const read = await page.evaluate(
        async ({ xml, json, format }) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          const answer = await (await fetch(json, { headers: { Accept: 'application/json' } })).json();
          const labels =
            format === 'gexf'
              ? Array.from(doc.getElementsByTagName('node')).map((n) => n.getAttribute('label') ?? '')
              : Array.from(doc.getElementsByTagName('data')).map((d) => d.textContent ?? '');
          return {
            parsed: doc.getElementsByTagName('parsererror').length === 0,
            nodes: doc.getElementsByTagName('node').length,
            edges: doc.getElementsByTagName('edge').length,
            answerNodes: answer.nodes.length as number,
            answerEdges: answer.edges.length as number,
            labels,
          };
        },
        { xml, json: asked.pathname + asked.search, format },
      );
      expect(read.parsed).toBe(true);
      expect(read.answerNodes).toBeGreaterThan(10);
      expect(read.nodes).toBe(read.answerNodes);
      expect(read.edges).toBe(read.answerEdges);
      expect(read.labels).toContain('Lancashire Constabulary');
    }
    expect(pageErrors(page)).toEqual([]);
  });
});
