import type { ExportHeading, KeyItem } from '../model/key';
import { s } from '../ui/dom';
import { KEY_LINE, keySvg } from './legend';

// Exports that stand alone: the picture as the page shows it, with every colour written out (no CSS variables
// or classes to resolve), in a sans-serif font, under a title that says what it shows and as of when, with the
// key beside it and the date at the foot. The PNG is the same SVG rasterised, so the two always agree.

export const EXPORT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

// The presentation properties an SVG drawing here uses, with their initial values.
const PROPERTIES: [string, string][] = [
  ['fill', 'rgb(0, 0, 0)'],
  ['fill-opacity', '1'],
  ['stroke', 'none'],
  ['stroke-width', '1px'],
  ['stroke-opacity', '1'],
  ['stroke-dasharray', 'none'],
  ['stroke-linejoin', 'miter'],
  ['stroke-linecap', 'butt'],
  ['opacity', '1'],
  ['paint-order', 'normal'],
  ['vector-effect', 'none'],
  ['visibility', 'visible'],
];
/** The ones of them that are not inherited: left out when at their initial value. */
const NOT_INHERITED = new Set(['opacity', 'vector-effect']);
/** Written on text elements only (left out when at their initial value: no element above them carries one). */
const TEXT_PROPERTIES: [string, string][] = [
  ['font-size', ''],
  ['font-weight', '400'],
  ['text-anchor', 'start'],
];

/**
 * A copy of an on-screen SVG whose elements carry, as presentation attributes, the values the browser computed
 * for them: colours from CSS variables and classes arrive as plain rgb(), so the copy looks the same anywhere.
 * Attributes rather than a style attribute: the page's content security policy refuses style attributes set
 * from script (style-src without 'unsafe-inline'), and a file with no style sheet needs nothing stronger.
 */
export function resolvedCopy(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const targets = [copy, ...Array.from(copy.querySelectorAll('*'))];
  const computedOf = new Map(sources.map((source) => [source, getComputedStyle(source)]));
  sources.forEach((source, i) => {
    const target = targets[i] as SVGElement;
    const computed = computedOf.get(source)!;
    const parent = source === svg ? undefined : computedOf.get(source.parentElement!);
    // Classes, focus order, roles and inline styles belong to the page; the file needs none of them.
    for (const attribute of ['class', 'tabindex', 'role', 'aria-label', 'data-id', 'data-kind', 'data-region', 'style']) target.removeAttribute(attribute);
    if (computed.display === 'none') target.setAttribute('display', 'none');
    // Every element carries what differs from what it inherits in the copy: its parent's value (which the
    // parent carries, or inherits likewise), or for the root and the properties not inherited, the initial one.
    const write = (name: string, inherited: string) => {
      const value = computed.getPropertyValue(name);
      if (value && value !== inherited) target.setAttribute(name, value);
      else target.removeAttribute(name);
    };
    for (const [name, initial] of PROPERTIES) write(name, parent && !NOT_INHERITED.has(name) ? parent.getPropertyValue(name) : initial);
    if (source instanceof SVGTextElement) for (const [name, initial] of TEXT_PROPERTIES) write(name, initial);
  });
  return copy;
}

export interface Framed {
  text: string;
  width: number;
  height: number;
}

const MARGIN = 16;
const KEY_WIDTH = 240;
const FOOTER = 30;

/**
 * Puts a drawing (an SVG with its own viewBox) under a title and beside its key, as one SVG document. The
 * drawing is shown at most `maxWidth` × `maxHeight` units, so a large network does not dwarf its title.
 */
export function framed(drawing: SVGSVGElement, heading: ExportHeading, key: KeyItem[], maxWidth = 1100, maxHeight = 1300): Framed {
  const box = drawing.viewBox.baseVal;
  const scale = Math.min(1, maxWidth / box.width, maxHeight / box.height);
  const drawW = Math.round(box.width * scale);
  const drawH = Math.round(box.height * scale);
  const width = MARGIN + drawW + 24 + KEY_WIDTH + MARGIN;
  const subtitle = wrap(heading.subtitle, width - 2 * MARGIN, 12);
  const top = MARGIN + 22 + subtitle.length * 16 + 10;
  const keyHeight = 12 + key.length * KEY_LINE + 8;
  const height = top + Math.max(drawH, keyHeight) + FOOTER;

  drawing.setAttribute('x', String(MARGIN));
  drawing.setAttribute('y', String(top));
  drawing.setAttribute('width', String(drawW));
  drawing.setAttribute('height', String(drawH));
  drawing.removeAttribute('style');
  const root = s(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': EXPORT_FONT },
    s('title', {}, heading.title),
    s('desc', {}, `${heading.subtitle}. ${heading.footer}.`),
    s('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }),
    s('text', { x: MARGIN, y: MARGIN + 16, 'font-size': 18, 'font-weight': 700, fill: '#15324b', class: 'export-title' }, heading.title),
    ...subtitle.map((line, i) => s('text', { x: MARGIN, y: MARGIN + 38 + i * 16, 'font-size': 12, fill: '#5f6b73', class: 'export-subtitle' }, line)),
    s('rect', { x: MARGIN - 0.5, y: top - 0.5, width: drawW + 1, height: drawH + 1, fill: 'none', stroke: '#d5dadd' }),
    drawing,
    keySvg(key, MARGIN + drawW + 24, top + 12),
    s('text', { x: MARGIN, y: height - 10, 'font-size': 11, fill: '#5f6b73', class: 'export-footer' }, heading.footer),
  );
  return { text: '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(root), width, height };
}

/** Breaks text into lines of at most `width` units, estimating a character as 0.56 of the font size. */
export function wrap(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (fontSize * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Largest canvas the PNG export draws (Chromium refuses much larger ones). */
const MAX_PIXELS = 24_000_000;

/** Rasterises SVG text through an <img> and a canvas, at `scale` times its size (less when it would be huge). */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const fitted = Math.min(scale, Math.sqrt(MAX_PIXELS / (width * height)));
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the drawing could not be rasterised'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * fitted);
    canvas.height = Math.round(height * fitted);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
