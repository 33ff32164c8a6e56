// The shapes of the Concordat API's JSON, as documented in the README and the analytics contract.
// Optional fields are the ones the server leaves out when it has no value.

/** A date known to the year, month or day: "2018", "2018-05" or "2018-05-01". */
export type PartialDate = string;

export interface Force {
  id: string;
  name: string;
  region: string;
  hq?: { town?: string; lat?: number; lon?: number };
}

export interface ForceMembership {
  collaboration: string;
  joined?: PartialDate;
  left?: PartialDate;
  role?: string;
  costShare?: number;
  confidence?: string;
}

export interface ForceDetail extends Force {
  memberships: ForceMembership[];
}

export interface Member {
  force: string;
  joined?: PartialDate;
  left?: PartialDate;
  role?: 'host' | 'lead' | 'member' | string;
  costShare?: number;
  confidence?: string;
  /** The force has left, on a date no source gives (left is then empty). */
  leftDateUnknown?: boolean;
}

export interface Figure {
  id?: string;
  kind: string;
  amount?: number;
  period?: string;
  date?: PartialDate;
  force?: string;
  source?: string;
  note?: string;
  confidence?: string;
}

export type Status = 'proposed' | 'active' | 'ended';
export type Scope = 'bilateral' | 'regional' | 'multi-regional' | 'national';

export interface Sourced<T> {
  value: T;
  source?: string;
  confidence?: string;
  note?: string;
}

/** A budget for a financial year ("2019/20"); one without a year is a running cost whose year is not recorded. */
export interface Budget {
  year?: string;
  amount: number;
  source?: string;
  confidence?: string;
  note?: string;
}

export interface Collaboration {
  id: string;
  name: string;
  kind?: string;
  scope?: Scope;
  purpose?: string;
  status?: Status;
  started?: PartialDate;
  ended?: PartialDate;
  confidence?: string;
  /** The agreement's terms, each value with its source and confidence (docs/register-format.md). */
  terms?: { legalBasis?: Sourced<string>; signed?: Sourced<string>; noticeMonths?: Sourced<number> };
  budgets?: Budget[];
  functions: string[];
  sources: string[];
  dependsOn: string[];
  partners: string[];
  members: Member[];
  figures: Figure[];
  hostForce?: string;
}

export interface PolicingFunction {
  id: string;
  name: string;
}

export interface Person {
  id: string;
  name?: string;
  title?: string;
  rank?: string;
  force?: string;
  contact?: string;
  leads: { collaboration: string; from?: PartialDate; to?: PartialDate }[];
  contactFor: { collaboration: string; topics: string[]; from?: PartialDate; to?: PartialDate }[];
}

export interface Lesson {
  id: string;
  title: string;
  summary?: string;
  theme?: string;
  date?: PartialDate;
  source?: string;
  collaboration?: string;
  toldBy?: string;
}

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
    lostPartnerPairs: [string, string][];
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
