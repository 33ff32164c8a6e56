import type { Force } from '../api/types';
import type { GraphModel } from '../model/graph-model';
import type { ImpactMarks } from '../model/withdrawal';
import type { ViewState } from '../model/view-state';

/** Everything a graph view needs to draw one frame; both the map and the network read the same scene. */
export interface Scene {
  state: ViewState;
  /** The force drawn as selected (the one opened, or the one asking in the contacts finder). */
  focusForce?: string;
  model: GraphModel;
  /** Every force in the register (for positions and names), whatever the filters. */
  forces: Force[];
  colourOfForce: (id: string) => string;
  regionOf: (id: string) => string | undefined;
  nameOf: (id: string) => string;
  /** Ids matching the search box. */
  hits: Set<string>;
  impact?: ImpactMarks;
  /** Forces whose detected community lies mostly in another region (shown when colouring by community). */
  differing: Set<string>;
}

export type SelectHandler = (kind: 'force' | 'collaboration' | 'region', id: string) => void;

export interface GraphView {
  readonly element: HTMLElement;
  render(scene: Scene): void;
  /** The current drawing as a self-contained SVG element (its own viewBox, every colour written out). */
  exportDrawing(): SVGSVGElement;
  /** For a view that draws in steps: resolves when the drawing is whole again, undefined if it is (exports wait). */
  settled?(): Promise<void> | undefined;
}

/** Short labels for crowded drawings: "Lancashire Constabulary" → "Lancashire". */
export function shortName(name: string): string {
  return name
    .replace(/\b(Constabulary|Police Service|Police|Force)\b/g, '')
    .replace(/\s+and\s+/g, ' & ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
