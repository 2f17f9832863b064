import type { NodeType } from '@flowhall/schema';

/**
 * How each of our node types looks and is called. One table shared by the viewer, the designer's
 * palette and the canvas, so a node looks the same wherever an administrator or applicant sees it.
 */
export interface NodeKind {
  type: NodeType;
  title: string;
  titleEn: string;
  /** A glyph drawn inside the shape: shapes and icons tell node types apart without colour. */
  icon: string;
  color: string;
  fill: string;
  shape: 'circle' | 'rect' | 'diamond';
}

export const NODE_KINDS: Record<NodeType, NodeKind> = {
  start: {
    type: 'start',
    title: '开始',
    titleEn: 'Start',
    icon: '▶',
    color: '#389e0d',
    fill: '#f6ffed',
    shape: 'circle',
  },
  approval: {
    type: 'approval',
    title: '审批',
    titleEn: 'Approval',
    icon: '✔',
    color: '#1677ff',
    fill: '#e6f4ff',
    shape: 'rect',
  },
  handle: {
    type: 'handle',
    title: '办理',
    titleEn: 'Handling',
    icon: '✎',
    color: '#d46b08',
    fill: '#fff7e6',
    shape: 'rect',
  },
  cc: {
    type: 'cc',
    title: '抄送',
    titleEn: 'Copy to',
    icon: '✉',
    color: '#531dab',
    fill: '#f9f0ff',
    shape: 'rect',
  },
  condition: {
    type: 'condition',
    title: '条件分支',
    titleEn: 'Condition',
    icon: '?',
    color: '#08979c',
    fill: '#e6fffb',
    shape: 'diamond',
  },
  parallel: {
    type: 'parallel',
    title: '并行分支',
    titleEn: 'Parallel',
    icon: '+',
    color: '#c41d7f',
    fill: '#fff0f6',
    shape: 'diamond',
  },
  join: {
    type: 'join',
    title: '汇合',
    titleEn: 'Join',
    icon: '⋈',
    color: '#c41d7f',
    fill: '#fff0f6',
    shape: 'diamond',
  },
  end: {
    type: 'end',
    title: '结束',
    titleEn: 'End',
    icon: '■',
    color: '#cf1322',
    fill: '#fff1f0',
    shape: 'circle',
  },
};

/** Sizes in px; `labelBelow` shapes are too small to hold the name, so it goes under them. */
export const NODE_SIZES = {
  circle: { width: 44, height: 44, labelBelow: true },
  rect: { width: 168, height: 52, labelBelow: false },
  diamond: { width: 56, height: 56, labelBelow: true },
} as const;

/** Display state of a node on a canvas; never saved (see `VIEW_PROPERTY`). */
export type NodeViewState = 'visited' | 'current' | 'problem' | 'idle';

/** The property the canvas reads the display state from; stripped before a graph is saved. */
export const VIEW_PROPERTY = '__view';
