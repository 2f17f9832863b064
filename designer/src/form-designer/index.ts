export { FormDesigner } from './form-designer';
export type { FormDesignerProps } from './form-designer';
export { templateFor } from './field-templates';
export { isRequired, readCondition, setRequired, setVisibleCondition } from './field-conditions';
