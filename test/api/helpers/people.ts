import type { FlowhallClient } from '@flowhall/client';
import { newClient } from '../../support/api-hooks';

let counter = 0;
const PASSWORD = 'Person@2026x';

/** A new staff member (own to-do list, no delegations), signed in; created by the administrator. */
export async function newPerson(
  admin: FlowhallClient,
  displayName: string,
): Promise<{ id: number; client: FlowhallClient }> {
  const username = `p${Date.now().toString(36)}${++counter}`;
  const created = await admin.org.createUser({ username, displayName, password: PASSWORD });
  const client = newClient();
  await client.auth.login(username, PASSWORD);
  return { id: created.id, client };
}
