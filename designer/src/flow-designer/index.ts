export { FlowDesigner } from './flow-designer';
export type { FlowDesignerProps } from './flow-designer';
