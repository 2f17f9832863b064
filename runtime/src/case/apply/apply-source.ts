import type { UserProfile } from '@flowhall/client';
import type { CaseView, FieldPermissions, FormSchema, TraceEntry } from '@flowhall/schema';
import { api } from '../../api';
import { plainValues } from '../../form/plain-values';
import { prefillFromProfile } from '../../form/prefill';

/** What the apply page edits: a new application of a service, or an existing draft / returned case. */
export type ApplyTarget = { kind: 'new'; key: string } | { kind: 'edit'; caseId: number };

export interface ApplySource {
  serviceName: string;
  definitionKey: string;
  schema: FormSchema;
  permissions: FieldPermissions;
  initialValues: Record<string, unknown>;
  /** Set once the application exists on the server (a saved draft, a returned case). */
  caseView: CaseView | null;
  /** Why it came back (the last return's opinion), for a returned case. */
  returned: TraceEntry | null;
}

/** Loads the form to fill and fills what the profile knows (R7). */
export async function loadApplySource(target: ApplyTarget, profile: UserProfile): Promise<ApplySource> {
  if (target.kind === 'new') {
    const process = await api.cases.process(target.key);
    return {
      serviceName: process.name,
      definitionKey: process.key,
      schema: process.form,
      permissions: process.fieldPermissions,
      initialValues: prefill(process.form, process.fieldPermissions, profile, {}),
      caseView: null,
      returned: null,
    };
  }
  const [view, schema] = await Promise.all([
    api.cases.get(target.caseId),
    api.cases.formSchema(target.caseId),
  ]);
  let returned: TraceEntry | null = null;
  if (view.status === 'returned') {
    const trace = await api.cases.trace(target.caseId);
    returned = [...trace.items].reverse().find((entry) => entry.action === 'return') ?? null;
  }
  return {
    serviceName: view.definition.name,
    definitionKey: view.definition.key,
    schema,
    permissions: view.fieldPermissions,
    initialValues: { ...prefill(schema, view.fieldPermissions, profile, view.form), ...view.form },
    caseView: view,
    returned,
  };
}

function prefill(
  schema: FormSchema,
  permissions: FieldPermissions,
  profile: UserProfile,
  current: Record<string, unknown>,
): Record<string, unknown> {
  return prefillFromProfile(schema as never, profile, {
    editable: (path) => (permissions[path] ?? 'editable') === 'editable',
    current,
  });
}

/** The values the applicant may send: editable top-level fields only (the server refuses others). */
export function editableValues(
  values: Record<string, unknown>,
  permissions: FieldPermissions,
): Record<string, unknown> {
  const plain = plainValues(values);
  return Object.fromEntries(
    Object.entries(plain).filter(([name]) => (permissions[name] ?? 'editable') === 'editable'),
  );
}
