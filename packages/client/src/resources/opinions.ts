import type { Opinion } from '@flowhall/schema';
import type { Request } from '../transport';

export type { Opinion };

export interface OpinionsApi {
  /** The stock phrases, then the user's own in their order. */
  list(): Promise<{ items: Opinion[] }>;
  add(text: string): Promise<Opinion>;
  /** `ids`: every one of the user's own opinions, in the new order. */
  reorder(ids: number[]): Promise<{ items: Opinion[] }>;
  remove(id: number): Promise<void>;
}

export function opinionsApi(request: Request): OpinionsApi {
  return {
    list: () => request('GET', '/api/opinions'),
    add: (text) => request('POST', '/api/opinions', { text }),
    reorder: (ids) => request('PUT', '/api/opinions/order', { ids }),
    remove: async (id) => {
      await request<{ ok: true }>('DELETE', `/api/opinions/${id}`);
    },
  };
}
