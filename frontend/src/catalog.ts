import type { Api } from './api/client';
import type { Collaboration, Force, PolicingFunction } from './api/types';
import { earliest } from './model/dates';

/**
 * What the page looks up by id everywhere: the register's forces, functions and collaborations (all of them,
 * whatever the filters), plus the lesson themes that the contacts finder offers as topics. Loaded once.
 */
export class Catalog {
  readonly forceById: Map<string, Force>;
  readonly collabById: Map<string, Collaboration>;
  readonly functionById: Map<string, PolicingFunction>;

  constructor(
    readonly forces: Force[],
    readonly functions: PolicingFunction[],
    readonly collaborations: Collaboration[],
    readonly themes: string[],
  ) {
    this.forceById = new Map(forces.map((f) => [f.id, f]));
    this.collabById = new Map(collaborations.map((c) => [c.id, c]));
    this.functionById = new Map(functions.map((f) => [f.id, f]));
  }

  static async load(api: Api): Promise<Catalog> {
    const [forces, functions, collaborations, lessons] = await Promise.all([api.forces(), api.functions(), api.collaborations(), api.lessons()]);
    const themes = [...new Set(lessons.map((l) => l.theme).filter((t): t is string => !!t))].sort();
    return new Catalog(forces, functions, collaborations, themes);
  }

  nameOf = (id: string): string => this.forceById.get(id)?.name ?? this.collabById.get(id)?.name ?? this.functionById.get(id)?.name ?? id;

  regionOf = (force: string): string | undefined => this.forceById.get(force)?.region;

  regions(): string[] {
    return [...new Set(this.forces.map((f) => f.region))].sort();
  }

  kinds(): string[] {
    return [...new Set(this.collaborations.map((c) => c.kind).filter((k): k is string => !!k))].sort();
  }

  /** The slider's first day: when the earliest recorded collaboration started. */
  firstDay(): string | undefined {
    return earliest(this.collaborations.map((c) => c.started));
  }
}

/** Human text for a topic id: a function's name, or a theme id made readable ("benefits-costs" → "benefits, costs"). */
export function topicLabel(catalog: Catalog, topic: string): string {
  return catalog.functionById.get(topic)?.name ?? topic.replace(/-/g, ', ').replace(/^./, (c) => c.toUpperCase());
}
