import { connect, mapProps } from '@formily/react';
import { UploadField } from './upload-field';

/** Formily binding: the field's value is the list of stored file ids; read-only shows previews. */
export const Upload = connect(
  UploadField,
  mapProps((props, field) => ({
    ...props,
    readOnly: Boolean(props.readOnly) || ('readPretty' in field && (field.readPretty || field.readOnly)),
  })),
);

export { UploadField };
export type { UploadFieldProps } from './upload-field';
