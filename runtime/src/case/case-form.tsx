import { FormRenderer } from '@flowhall/designer/components';
import type { Form } from '@formily/core';
import { useFormKit } from '../form/form-kit';
import type { CaseFormModel } from './case-form-model';

/** The case's form as this reader sees it: whole (steps shown one after another), with permissions. */
export function CaseForm({ model, form }: { model: CaseFormModel; form: Form }) {
  const { registry } = useFormKit();
  return (
    <div className="fh-case-form" data-testid="case-form">
      <FormRenderer
        schema={model.schema as never}
        form={form}
        registry={registry}
        permissions={model.permissions}
        fallback="readonly"
        readPretty={model.readPretty}
        flattenSteps
      />
    </div>
  );
}
