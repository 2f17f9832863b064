import { FormLayout, PreviewText, type IFormStep } from '@formily/antd-v5';
import type { Form } from '@formily/core';
import { createSchemaField, FormProvider, type ISchema } from '@formily/react';
import { useMemo, type ComponentProps } from 'react';
import { nestComponentMap } from './component-map';
import {
  applyFieldPermissions,
  type FieldPermission,
  type FieldPermissionMap,
  type SchemaNode,
} from './field-permissions';
import type { FormRegistry } from './form-registry';

export interface FormRendererProps {
  /** The form version's Formily JSON schema. */
  schema: SchemaNode;
  /** A Formily form made by the caller (`createForm`), who reads its values and validates it. */
  form: Form;
  registry: FormRegistry;
  /** Per data path: editable | readonly | hidden, as the server computes them for this reader. */
  permissions?: FieldPermissionMap;
  /** For fields the map does not name. */
  fallback?: FieldPermission;
  /** Everything read-only (print view, a reader who is not acting). */
  readPretty?: boolean;
  /** Show FormStep panes one after another (for reading a whole case). */
  flattenSteps?: boolean;
  /** The FormStep controller the schema refers to as `{{formStep}}`. */
  formStep?: IFormStep;
  /** More values for `{{ }}` expressions in the schema. */
  scope?: Record<string, unknown>;
  layout?: ComponentProps<typeof FormLayout>['layout'];
}

/**
 * Renders a case's form from its schema with the app's component registry. The registry is
 * turned into Formily's SchemaField once per registry; permissions are applied to the schema
 * (hidden fields removed, read-only ones read-pretty) before Formily sees it.
 */
export function FormRenderer(props: FormRendererProps) {
  const { registry, schema, permissions, fallback, readPretty, flattenSteps } = props;
  const SchemaField = useMemo(
    () => createSchemaField({ components: nestComponentMap(registry.list()) as never }),
    [registry],
  );
  const shown = useMemo(
    () =>
      applyFieldPermissions(schema, permissions ?? {}, {
        ...(fallback ? { fallback } : {}),
        readPretty: readPretty === true,
        flattenSteps: flattenSteps === true,
      }),
    [schema, permissions, fallback, readPretty, flattenSteps],
  );
  const scope = useMemo(
    () => ({ formStep: props.formStep, ...(props.scope ?? {}) }),
    [props.formStep, props.scope],
  );
  return (
    <FormProvider form={props.form}>
      {/* An empty read-only field shows a dash, not Formily's "N/A". */}
      <PreviewText.Placeholder value="—">
        <FormLayout layout={props.layout ?? 'vertical'} className="fh-form">
          <SchemaField schema={shown as ISchema} scope={scope} />
        </FormLayout>
      </PreviewText.Placeholder>
    </FormProvider>
  );
}
