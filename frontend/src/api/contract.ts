import type { Contact, Contacts, Graph, GraphEdge, GraphNode, Schemas, SimilarCollaborations, SimilarForce, SimilarForces, SnapshotStamp } from './types';

// The analytics answers the page reads, checked against the API's generated schemas at compile time: a field
// the page reads that the document does not name fails `tsc` (and so the build), with the field in the message.
// (The withdrawal, overlaps and alliances answers are documented only as a generic `Answer` so far: unchecked.)

/** The page's fields that the API's schema does not have. */
type Unknown<Page, Api> = Exclude<keyof Page, keyof Api>;
/** `true` when there are none; otherwise a type that names them, which `true` cannot be given to. */
type None<Fields> = [Fields] extends [never] ? true : { fieldsTheApiDoesNotHave: Fields };

export const ANALYTICS_CONTRACT: {
  graph: None<Unknown<Graph, Schemas['Graph']>>;
  node: None<Unknown<GraphNode, Schemas['Node']>>;
  edge: None<Unknown<GraphEdge, Schemas['Edge']>>;
  snapshot: None<Unknown<SnapshotStamp, Schemas['SnapshotStamp']>>;
  similarForces: None<Unknown<SimilarForces, Schemas['SimilarForces']>>;
  similarForce: None<Unknown<SimilarForce, Schemas['Similar']>>;
  similarCollaborations: None<Unknown<Omit<SimilarCollaborations, 'similar'>, Schemas['SimilarCollaborations']>>;
  contacts: None<Unknown<Contacts, Schemas['Contacts']>>;
  contact: None<Unknown<Contact, Schemas['PersonalContact']>>;
} = { graph: true, node: true, edge: true, snapshot: true, similarForces: true, similarForce: true, similarCollaborations: true, contacts: true, contact: true };
