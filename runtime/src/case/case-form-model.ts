import type { FieldPermissions, FormSchema, MyTask } from '@flowhall/schema';
import { decorateOpinions, opinionFieldNodes, opinionSignatures } from './opinion-areas';
import type { CaseData } from './use-case-data';

/** How the case form is shown to this reader. */
export interface CaseFormModel {
  schema: FormSchema;
  permissions: FieldPermissions;
  /** Everything read-only: the reader has no open step here. */
  readPretty: boolean;
  /** The reader's open step, if any (the first when a delegate holds several). */
  task: MyTask | null;
  /** The open step's own opinion fields: the action panel writes them, the form hides them. */
  opinionFields: string[];
}

/**
 * The reader's view of the form: the open step's permissions (else read-only), decided opinion
 * areas decorated with their signatures and shown even where the start node hides the field (the
 * opinion text is in the trace the reader sees anyway), the step's own opinion left to the panel.
 */
export function caseFormModel(data: CaseData, options: { print?: boolean } = {}): CaseFormModel {
  const { view, schema, flow } = data;
  const task = options.print ? null : (view.myTasks[0] ?? null);
  const owners = opinionFieldNodes(schema as never, flow.flow);
  const signatures = opinionSignatures(owners, view);
  const permissions: FieldPermissions = { ...(task?.fieldPermissions ?? view.fieldPermissions) };
  for (const [path, list] of signatures) {
    if (list.length > 0 && permissions[path] === 'hidden') permissions[path] = 'readonly';
  }
  const opinionFields = task
    ? [...owners]
        .filter(([path, nodes]) => nodes.includes(task.nodeId) && task.fieldPermissions[path] === 'editable')
        .map(([path]) => path)
    : [];
  for (const path of opinionFields)
    permissions[path] = (signatures.get(path)?.length ?? 0) > 0 ? 'readonly' : 'hidden';
  return {
    schema: decorateOpinions(schema as never, signatures) as FormSchema,
    permissions,
    readPretty: task === null,
    task,
    opinionFields,
  };
}
