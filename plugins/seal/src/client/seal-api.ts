import type {
  LedgerKind,
  LedgerPage,
  LedgerQuery,
  LetterVerification,
  LetterView,
  Page,
  PickerSeal,
  SealDetail,
  SealListQuery,
  SealView,
} from '../api-types';

/**
 * Typed calls of the seal plugin's routes over any JSON request function shaped like
 * `@flowhall/client`'s `request(method, path, body?)` (the web app's client, a test's client).
 * Errors arrive as the client's `ApiError`.
 */
export type JsonRequest = <T>(method: string, path: string, body?: unknown) => Promise<T>;

export const SEAL_API_BASE = '/api/plugins/seal';

/** A query string from defined, non-empty values. */
export function queryOf(query: object = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface SealApi {
  seals(query?: SealListQuery): Promise<Page<SealView>>;
  seal(id: number): Promise<SealDetail>;
  picker(query?: { unit?: string | number; type?: string; q?: string }): Promise<{ items: PickerSeal[] }>;
  letter(id: number): Promise<LetterView>;
  letterOfCase(caseId: number): Promise<LetterView>;
  setLetterStatus(id: number, status: 'used' | 'void'): Promise<LetterView>;
  verifyLetter(code: string): Promise<LetterVerification>;
  ledger(kind: LedgerKind, query?: LedgerQuery): Promise<LedgerPage>;
  /** Where the ledger's .xlsx download is (for a link; the session cookie authorises it). */
  ledgerExportPath(kind: LedgerKind, query?: Omit<LedgerQuery, 'cursor' | 'limit'>): string;
}

export function sealApi(request: JsonRequest): SealApi {
  const base = SEAL_API_BASE;
  const code = (value: string) => encodeURIComponent(value);
  return {
    seals: (query = {}) => request('GET', `${base}/seals${queryOf(query)}`),
    seal: (id) => request('GET', `${base}/seals/${id}`),
    picker: (query = {}) => request('GET', `${base}/seals/picker${queryOf(query)}`),
    letter: (id) => request('GET', `${base}/letters/${id}`),
    letterOfCase: (caseId) => request('GET', `${base}/cases/${caseId}/letter`),
    setLetterStatus: (id, status) => request('POST', `${base}/letters/${id}/status`, { status }),
    verifyLetter: (value) => request('GET', `${base}/verify/letters/${code(value)}`),
    ledger: (kind, query = {}) => request('GET', `${base}/ledgers/${kind}${queryOf(query)}`),
    ledgerExportPath: (kind, query = {}) => `${base}/ledgers/${kind}/export${queryOf(query)}`,
  };
}
