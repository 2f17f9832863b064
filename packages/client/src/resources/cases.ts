import type {
  CaseImportance,
  CaseOutcome,
  CaseView,
  FlowGraph,
  FormSchema,
  ProcessStart,
  TaskCommand,
  TraceEntry,
} from '@flowhall/schema';
import type { BinaryResponse, Request, RequestOptions } from '../transport';

/** Options for writes: pass an `idempotencyKey` to make a retry safe. */
export type WriteOptions = Pick<RequestOptions, 'idempotencyKey'>;

/** Options for submitting: also 加急 (`importance: 'urgent'`), the applicant's say. */
export type SubmitOptions = WriteOptions & { importance?: CaseImportance };

export interface CasesApi {
  process(key: string): Promise<ProcessStart>;
  create(
    input: {
      definitionKey: string;
      form?: Record<string, unknown>;
      submit?: boolean;
      importance?: CaseImportance;
    },
    options?: WriteOptions,
  ): Promise<CaseOutcome>;
  get(id: number): Promise<CaseView>;
  saveDraft(id: number, form: Record<string, unknown>): Promise<CaseOutcome>;
  submit(id: number, formPatch?: Record<string, unknown>, options?: SubmitOptions): Promise<CaseOutcome>;
  resubmit(id: number, formPatch?: Record<string, unknown>, options?: SubmitOptions): Promise<CaseOutcome>;
  withdraw(id: number, reason?: string): Promise<CaseOutcome>;
  urge(id: number, taskIds: string[]): Promise<CaseOutcome>;
  copy(id: number): Promise<CaseOutcome>;
  trace(id: number): Promise<{ items: TraceEntry[] }>;
  flow(id: number): Promise<{
    flow: FlowGraph;
    path: Array<{ nodeId: string; outcome: string; at: string }>;
    current: string[];
  }>;
  formSchema(id: number): Promise<FormSchema>;
  act(taskId: string, command: TaskCommand, options?: WriteOptions): Promise<CaseOutcome>;
  /**
   * Office administrators give a pending task to someone else (R19). `lockVersion`, if given,
   * must still be the case's (else 409 CASE_CHANGED).
   */
  reassign(
    taskId: string,
    input: { userId: number; reason: string; lockVersion?: number },
    options?: WriteOptions,
  ): Promise<CaseOutcome>;
  /** The case as a PDF file (R26), for readers of the case: the bytes and the file name header. */
  pdf(id: number): Promise<BinaryResponse>;
  /** Where to download the PDF from: for `<a href>` (the browser sends the session cookie). */
  pdfUrl(id: number): string;
}

const submitBody = (formPatch?: Record<string, unknown>, options?: SubmitOptions) => ({
  ...(formPatch ? { formPatch } : {}),
  ...(options?.importance ? { importance: options.importance } : {}),
});
const writeOptions = (options?: SubmitOptions): WriteOptions | undefined =>
  options?.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : undefined;

export function casesApi(request: Request, baseUrl = ''): CasesApi {
  return {
    process: (key) => request('GET', `/api/processes/${encodeURIComponent(key)}`),
    create: (input, options) => request('POST', '/api/cases', input, options),
    get: (id) => request('GET', `/api/cases/${id}`),
    saveDraft: (id, form) => request('PUT', `/api/cases/${id}/form`, { form }),
    submit: (id, formPatch, options) =>
      request('POST', `/api/cases/${id}/submit`, submitBody(formPatch, options), writeOptions(options)),
    resubmit: (id, formPatch, options) =>
      request('POST', `/api/cases/${id}/resubmit`, submitBody(formPatch, options), writeOptions(options)),
    withdraw: (id, reason) => request('POST', `/api/cases/${id}/withdraw`, reason ? { reason } : {}),
    urge: (id, taskIds) => request('POST', `/api/cases/${id}/urge`, { taskIds }),
    copy: (id) => request('POST', `/api/cases/${id}/copy`, {}),
    trace: (id) => request('GET', `/api/cases/${id}/trace`),
    flow: (id) => request('GET', `/api/cases/${id}/flow`),
    formSchema: (id) => request('GET', `/api/cases/${id}/form-schema`),
    act: (taskId, command, options) =>
      request('POST', `/api/tasks/${encodeURIComponent(taskId)}/act`, command, options),
    reassign: (taskId, input, options) =>
      request('POST', `/api/tasks/${encodeURIComponent(taskId)}/reassign`, input, options),
    pdf: (id) => request<BinaryResponse>('GET', `/api/cases/${id}/pdf`, undefined, { binary: true }),
    pdfUrl: (id) => `${baseUrl.replace(/\/$/, '')}/api/cases/${id}/pdf`,
  };
}
