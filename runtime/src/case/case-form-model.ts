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
  /** Titles of the other fields the open step fills in the form (the custodian's copies stamped). */
  fieldsToFill: string[];
}

function titlesOf(schema: FormSchema, paths: string[]): string[] {
  const titles: string[] = [];
  const walk = (properties: FormSchema['properties']) => {
    for (const [name, field] of Object.entries(properties ?? {})) {
      if (field.type === 'void') walk(field.properties);
      else if (paths.includes(name)) titles.push(typeof field.title === 'string' ? field.title : name);
    }
  };
  walk(schema.properties);
  return titles;
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
  const toFill = task
    ? Object.entries(task.fieldPermissions)
        .filter(([path, permission]) => permission === 'editable' && !opinionFields.includes(path))
        .map(([path]) => path)
    : [];
  return {
    fieldsToFill: titlesOf(schema, toFill),
    schema: decorateOpinions(schema as never, signatures) as FormSchema,
    permissions,
    readPretty: task === null,
    task,
    opinionFields,
  };
}
