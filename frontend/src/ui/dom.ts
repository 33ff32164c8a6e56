// A tiny element builder. Register text (names, purposes, lesson summaries) always goes in as text nodes, never
// as HTML, so nothing from the data can inject markup into the page.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | null | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el: Element, attrs: Attrs) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'style') {
      // through the CSSOM, which the content security policy allows; a style attribute in markup it refuses
      (el as HTMLElement | SVGElement).style.cssText = String(value);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
}

function append(el: Element, children: (Child | Child[])[]) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** A <select> with an "any" first option; the value "" means no filter. */
export function select(id: string, label: string, options: { value: string; label: string }[], current: string | undefined, anyLabel = 'Any'): HTMLSelectElement {
  const el = h('select', { id, 'aria-label': label });
  el.append(h('option', { value: '' }, anyLabel));
  for (const o of options) el.append(h('option', { value: o.value, selected: o.value === current }, o.label));
  el.value = current ?? '';
  return el;
}

export function downloadBlob(filename: string, blob: Blob): void {
  const href = URL.createObjectURL(blob);
  const a = h('a', { href, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking straight away can cancel the download in some browsers; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
