import { adminAuthorization, BASE_URL } from './browser';

// The register as the API serves it, read directly by the tests to check what the page shows against it.

export interface RegisterCollaboration {
  id: string;
  name: string;
  started?: string;
  functions: string[];
  scope?: string;
}

export async function collaborations(): Promise<Map<string, RegisterCollaboration>> {
  const response = await fetch(`${BASE_URL}/api/collaborations?limit=1000`, { headers: { Authorization: adminAuthorization() } });
  if (!response.ok) throw new Error(`GET /api/collaborations: ${response.status}`);
  const list = (await response.json()) as RegisterCollaboration[];
  return new Map(list.map((c) => [c.id, c]));
}
