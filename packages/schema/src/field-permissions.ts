import type { ProcessDefinition } from './definition';
import type { FieldPermission, FieldPermissions } from './flow';
import { collectFieldNames } from './form';

/**
 * The permission of every form field at a node, for the server to enforce and the runtime to
 * render. The applicant's form (start node) is editable unless it says otherwise; every other node
 * sees fields read-only unless its `fieldPermissions` opens them (its own opinion fields, R14).
 * Returns undefined for a node that does not exist.
 */
export function fieldPermissionsFor(
  definition: ProcessDefinition,
  nodeId: string,
): FieldPermissions | undefined {
  const node = definition.flow.nodes.find((n) => n.id === nodeId);
  if (!node) return undefined;
  const fallback: FieldPermission = node.type === 'start' ? 'editable' : 'readonly';
  const declared = node.properties.fieldPermissions ?? {};
  const result: FieldPermissions = {};
  for (const field of collectFieldNames(definition.form)) {
    result[field] = declared[field] ?? fallback;
  }
  return result;
}

/** Fields of `patch` that may not be written at `nodeId` (unknown fields included). */
export function fieldsNotEditable(
  definition: ProcessDefinition,
  nodeId: string,
  patch: { [field: string]: unknown },
): string[] {
  const permissions = fieldPermissionsFor(definition, nodeId) ?? {};
  return Object.keys(patch).filter((field) => permissions[field] !== 'editable');
}
