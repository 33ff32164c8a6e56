/** The committed OpenAPI document's path. */
export const DOCUMENT: string;
/** The generated types' path (src/api/schema.d.ts). */
export const TYPES: string;
/** What openapi-typescript makes of the document, with the header the committed file carries. */
export function generate(document?: string): Promise<string>;
