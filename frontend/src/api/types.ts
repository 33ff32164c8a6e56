// The shapes of the Concordat API's JSON. The register's entities are the generated schemas (schema.d.ts, from
// the committed OpenAPI document that OpenApiContractTests holds equal to what the app serves); the analytics
// answers, which the document describes less exactly, are written here and checked field by field against it
// (contract.ts). Optional fields are the ones the server leaves out when it has no value.

/** A date known to the year, month or day: "2018", "2018-05" or "2018-05-01". */
export type PartialDate = string;

import type { components } from './schema';

/** The API's own schemas, generated from the committed OpenAPI document (schema.d.ts, `npm run api-types`). */
export type Schemas = components['schemas'];

/**
 * An entity as the API's document describes it, with the fields the server always sends made present. The
 * document marks every field optional; the register's endpoints leave out fields without a value and send
 * the lists and ids always, which is what the page relies on (nulls are read as absent: parseJson).
 */
type Sent<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };

export type Force = Sent<Schemas['Force'], 'id' | 'name' | 'region'>;

export type ForceMembership = Sent<Schemas['ForceMembership'], 'collaboration'>;

export type ForceDetail = Force & { memberships: ForceMembership[] };

/** A membership; `leftDateUnknown`: the force has left, on a date no source gives (left is then empty). */
export type Member = Sent<Schemas['Membership'], 'force'>;

export type Figure = Sent<Schemas['Figure'], 'kind'>;

export type Status = 'proposed' | 'active' | 'ended';
export type Scope = 'bilateral' | 'regional' | 'multi-regional' | 'national';

export interface Sourced<T> {
  value: T;
  source?: string;
  confidence?: string;
  note?: string;
}

/** A budget for a financial year ("2019/20"); one without a year is a running cost whose year is not recorded. */
export type Budget = Sent<Schemas['Budget'], 'amount'>;

/** A collaboration; its agreement's terms each with their source and confidence (docs/register-format.md). */
export type Collaboration = Omit<Sent<Schemas['Collaboration'], 'id' | 'name' | 'functions' | 'sources' | 'dependsOn' | 'partners'>, 'members' | 'figures' | 'budgets'> & {
  members: Member[];
  figures: Figure[];
  budgets?: Budget[];
};

export type PolicingFunction = Sent<Schemas['PolicingFunction'], 'id' | 'name'>;

export type Person = Omit<Sent<Schemas['Person'], 'id'>, 'leads' | 'contactFor'> & {
  leads: Sent<Schemas['PersonLead'], 'collaboration'>[];
  contactFor: Sent<Schemas['PersonContactRole'], 'collaboration' | 'topics'>[];
};

export type Lesson = Sent<Schemas['Lesson'], 'id' | 'title'>;

export type NodeType = 'force' | 'collaboration' | 'region';

export interface GraphNode {
  id: string;
  type: NodeType;
  label: string;
  region?: string;
  lat?: number;
  lon?: number;
  kind?: string;
  scope?: Scope;
  status?: Status;
  functions?: string[];
  weight?: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  type: 'member' | 'region-link';
  role?: string;
  costShare?: number;
  weight?: number;
}

/**
 * Which state of the register an analytics answer reflects: the snapshot's version on the instance that
 * answered, the change-log position it reflects, and how long ago it was last found up to date (also sent as
 * the X-Snapshot-Position and X-Snapshot-Age-Ms headers).
 */
export interface SnapshotStamp {
  version: number;
  position: number;
  upToDateAt: string;
  ageMillis: number;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  totalNodes: number;
  snapshot?: SnapshotStamp;
}

export interface CostShareChange {
  force: string;
  before?: number;
  after?: number;
  extraAnnualCost?: number;
}

export interface WithdrawalImpact {
  id: string;
  name: string;
  /** Whole counts; the lists below hold at most the `memberLimit` first members in id order. */
  memberCount: number;
  remainingCount: number;
  membersBefore: string[];
  membersAfter: string[];
  viable: boolean;
  reasons: string[];
  sharesAssumed: boolean;
  annualCost?: number;
  /** Where shares are assumed equal: what every remaining member pays, the same for all (then `costShare` is empty). */
  equalShare?: Omit<CostShareChange, 'force'>;
  /** Recorded shares, per listed remaining member. */
  costShare: CostShareChange[];
}

export interface Withdrawal {
  force: string;
  at?: string;
  notMember?: boolean;
  collaborations: WithdrawalImpact[];
  functionsLost: { force: string; collaboration: string; functions: string[] }[];
  cascade: { id: string; dependsOn: string[]; reason: string }[];
  network: {
    componentsBefore: number;
    componentsAfter: number;
    isolatedForces: string[];
    /** The first of the pairs lost, in id order (`pairLimit`, 20 unless asked); `lostPartnerPairCount` counts them all. */
    lostPartnerPairs: [string, string][];
    lostPartnerPairCount: number;
    cutVertex: boolean;
  };
  risk: { force: string; score: number; band?: 'low' | 'medium' | 'high'; drivers: string[] }[];
  precedents: {
    collaboration: string;
    name?: string;
    force?: string;
    event: 'withdrawal' | 'ending';
    date?: string;
    figures: Figure[];
    lessons: string[];
  }[];
  /** Events recorded to a year or a month whose period holds the date asked: counted as not yet happened. */
  uncertain?: { collaboration: string; force?: string; event: string; recorded: string; note: string }[];
  /** How many such events there are in all: `uncertain` lists the first (`uncertainLimit`, 10 unless asked). */
  uncertainCount?: number;
  /** The answer in a few sentences: what is known, what is assumed, where the £ come from. */
  summary?: string;
  /**
   * Recorded formula or equal-share terms recomputed among those who remain (shares absent when numbers are missing;
   * `recomputed` absent when not every stayer is listed), and the same terms' shares among all the members before.
   */
  costSharing?: {
    collaboration: string;
    method: string;
    source?: string;
    sharesBefore?: Record<string, number> | null;
    recomputed?: { formula?: string; shares?: Record<string, number> | null; missing: { what: string }[]; illustrationLabel?: string } | null;
  }[];
  snapshot?: SnapshotStamp;
}

export interface SimilarForce {
  force: string;
  score: number;
  shared: string[];
}

/** GET /api/analytics/similar-forces: by collaborations (Jaccard or Adamic–Adar) or by functions. */
export interface SimilarForces {
  force: string;
  by: 'collaborations' | 'functions';
  method: 'jaccard' | 'adamic-adar';
  similar: SimilarForce[];
  snapshot?: SnapshotStamp;
}

export interface SimilarCollaboration {
  collaboration: string;
  score: number;
  memberJaccard: number;
  functionJaccard: number;
  sharedMembers: string[];
  sharedFunctions: string[];
}

export interface SimilarCollaborations {
  collaboration: string;
  similar: SimilarCollaboration[];
  snapshot?: SnapshotStamp;
}

export interface Overlaps {
  /** The lists are pages (the API's `limit`, default 100); the totals are whole. */
  totalPairs: number;
  totalDuplicates: number;
  pairs: { a: string; b: string; shared: string[]; jaccard: number }[];
  duplicates: { function: string; collaborations: [string, string]; sharedMembers: string[] }[];
  snapshot?: SnapshotStamp;
}

export interface Contact {
  person: string;
  /** The person's name and contact details: only for contact-viewers and above. */
  name?: string;
  contact?: string;
  title?: string;
  rank?: string;
  force?: string;
  collaboration?: string;
  /** What matched the topic: "topic" (named as a contact topic) and/or "function" (the collaboration's). */
  matchedOn?: string[];
  /** Collaboration steps from the asking force; absent when no path links them. */
  hops?: number;
  /** Force, collaboration, force, … ending at the contact's collaboration; absent when unreachable. */
  path?: string[];
  score: number;
  /** The score's factors: it is their product, rounded (docs/analytics.md, "Contacts"). */
  parts?: ContactScoreParts;
}

export interface ContactScoreParts {
  /** 1.0 named as a contact for the topic, 0.9 a function of the collaboration, 0.8 a lesson's theme; +0.1 per further kind. */
  match: number;
  /** 0.5 + 0.5 / (1 + collaboration steps from the force asking); 0.5 when nothing links them. */
  proximity: number;
  /** Withdrawal: 2 when the contact's own force left while the role ran, 1.5 when the collaboration ended or lost another member, else 1. */
  outcome: number;
  /** 0.5 + 0.5 · exp(−years since the role ended / 10); 1 for a role running on the date asked. */
  recency: number;
  /** Ranks before the score: 1 when the contact has done what is asked (own force's withdrawal while the role ran; a collaboration in the function), else 0. */
  tier: number;
}

export interface Contacts {
  force: string;
  topic: string;
  contacts: Contact[];
  snapshot?: SnapshotStamp;
}

export interface Alliances {
  communities: { id: string | number; forces: string[]; regions: string[]; mainRegion?: string }[];
  forces: {
    force: string;
    community: string | number;
    region: string;
    degree: number;
    betweenness: number;
    outsideRegionShare?: number;
    /** The server's own verdict, when it gives one: the community's main region is not this force's. */
    differsFromRegion?: boolean;
  }[];
  sampled: boolean;
  /** The snapshot the communities were worked out from: while a newer one's are, the previous version's. */
  snapshot?: SnapshotStamp;
}

/** RFC 9457 problem details as the API sends them. */
export interface Problem {
  title?: string;
  detail?: string;
  status?: number;
  errors?: { field: string; reason: string }[];
}
