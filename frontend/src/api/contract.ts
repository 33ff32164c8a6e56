import type { SpreadsheetAnswer } from './client';
import type { Alliances, Contact, ContactScoreParts, Contacts, Graph, GraphEdge, GraphNode, Overlaps, Schemas, SimilarCollaboration, SimilarCollaborations, SimilarForce, SimilarForces, SnapshotStamp, Withdrawal, WithdrawalImpact } from './types';

// The answers the page reads that are written by hand in types.ts and client.ts, checked against the API's
// generated schemas at compile time: a field the page reads that the document does not name fails `tsc` (and so
// the build), with the field in the message.

/** The page's fields that the API's schema does not have. */
type Unknown<Page, Api> = Exclude<keyof Page, keyof Api>;
/** `true` when there are none; otherwise a type that names them, which `true` cannot be given to. */
type None<Fields> = [Fields] extends [never] ? true : { fieldsTheApiDoesNotHave: Fields };

export const ANSWERS_CONTRACT: {
  graph: None<Unknown<Graph, Schemas['GraphViewGraph']>>;
  node: None<Unknown<GraphNode, Schemas['GraphViewNode']>>;
  edge: None<Unknown<GraphEdge, Schemas['GraphViewEdge']>>;
  snapshot: None<Unknown<SnapshotStamp, Schemas['SnapshotStamp']>>;
  withdrawal: None<Unknown<Withdrawal, Schemas['WithdrawalControllerAnswer']>>;
  withdrawalImpact: None<Unknown<WithdrawalImpact, Schemas['WithdrawalImpactAffected']>>;
  overlaps: None<Unknown<Overlaps, Schemas['OverlapsControllerAnswer']>>;
  alliances: None<Unknown<Alliances, Schemas['NetworkControllerAlliancesAnswer']>>;
  similarForces: None<Unknown<SimilarForces, Schemas['SimilarityControllerSimilarForces']>>;
  similarForce: None<Unknown<SimilarForce, Schemas['ForceSimilaritySimilar']>>;
  similarCollaborations: None<Unknown<SimilarCollaborations, Schemas['SimilarityControllerSimilarCollaborations']>>;
  similarCollaboration: None<Unknown<SimilarCollaboration, Schemas['CollaborationSimilaritySimilar']>>;
  contacts: None<Unknown<Contacts, Schemas['ContactsControllerContacts']>>;
  contact: None<Unknown<Contact, Schemas['ContactsControllerPersonalContact']>>;
  contactParts: None<Unknown<ContactScoreParts, Schemas['ContactFinderParts']>>;
  spreadsheet: None<Unknown<SpreadsheetAnswer, Schemas['SpreadsheetImportAnswer']>>;
} = {
  graph: true,
  node: true,
  edge: true,
  snapshot: true,
  withdrawal: true,
  withdrawalImpact: true,
  overlaps: true,
  alliances: true,
  similarForces: true,
  similarForce: true,
  similarCollaborations: true,
  similarCollaboration: true,
  contacts: true,
  contact: true,
  contactParts: true,
  spreadsheet: true,
};
