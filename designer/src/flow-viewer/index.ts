export { FlowViewer } from './flow-viewer';
export type { FlowViewerProps } from './flow-viewer';
