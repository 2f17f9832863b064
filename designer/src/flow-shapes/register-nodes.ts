import LogicFlow, {
  CircleNode,
  CircleNodeModel,
  DiamondNode,
  DiamondNodeModel,
  RectNode,
  RectNodeModel,
  h,
} from '@logicflow/core';
import type { NodeType } from '@flowhall/schema';
import { NODE_KINDS, NODE_SIZES, type NodeKind } from './node-kinds';
import { nodeStyle, viewStateOf } from './node-style';

/**
 * Our eight node types as LogicFlow nodes: circles for start/end, rounded boxes for the people
 * steps, diamonds for the gateways, each with its glyph. The display state (visited, current,
 * problem) comes from a view-only property so the viewer and the designer share one drawing.
 */

type NodeConfig = LogicFlow.NodeConfig;

/** Puts the label under small shapes, where it has room; boxes keep it centred. */
function placeLabel(data: NodeConfig, kind: NodeKind): void {
  const size = NODE_SIZES[kind.shape];
  const value =
    typeof data.text === 'string'
      ? data.text
      : (data.text?.value ?? (data.properties?.name as string | undefined) ?? kind.title);
  const offset = size.labelBelow ? size.height / 2 + 14 : 0;
  const x = typeof data.text === 'object' && data.text?.x !== undefined ? data.text.x : data.x;
  const y = typeof data.text === 'object' && data.text?.y !== undefined ? data.text.y : data.y + offset;
  // Gateways carry their question to the left: below them it would collide with the branch labels.
  if (kind.shape === 'diamond' && !(typeof data.text === 'object' && data.text?.x !== undefined)) {
    data.text = { value, x: data.x - size.width / 2 - 62, y: data.y };
    return;
  }
  data.text = { value, x: kind.shape === 'rect' ? x + 10 : x, y };
}

function iconElement(kind: NodeKind, x: number, y: number, color: string) {
  return h(
    'text',
    { x, y, fill: color, 'font-size': 16, 'text-anchor': 'middle', 'dominant-baseline': 'central' },
    kind.icon,
  );
}

function makeRect(kind: NodeKind) {
  class Model extends RectNodeModel {
    override initNodeData(data: NodeConfig) {
      if (typeof data.text === 'string' || !data.text || data.text.x === undefined) placeLabel(data, kind);
      super.initNodeData(data);
      this.width = NODE_SIZES.rect.width;
      this.height = NODE_SIZES.rect.height;
      this.radius = 8;
    }
    override getNodeStyle() {
      return { ...super.getNodeStyle(), ...nodeStyle(kind.type, viewStateOf(this.properties)) };
    }
    override getTextStyle() {
      return {
        ...super.getTextStyle(),
        fontSize: 13,
        color: '#1f1f1f',
        overflowMode: 'ellipsis' as const,
        textWidth: 130,
      };
    }
  }
  class View extends RectNode {
    override getShape() {
      const { model } = this.props;
      const base = super.getShape();
      const style = model.getNodeStyle();
      return h('g', {}, [
        base,
        iconElement(kind, model.x - model.width / 2 + 18, model.y, String(style.stroke)),
      ]);
    }
  }
  return { type: kind.type, view: View, model: Model };
}

function makeCircle(kind: NodeKind) {
  class Model extends CircleNodeModel {
    override initNodeData(data: NodeConfig) {
      if (typeof data.text === 'string' || !data.text || data.text.x === undefined) placeLabel(data, kind);
      super.initNodeData(data);
      this.r = NODE_SIZES.circle.width / 2;
    }
    override getNodeStyle() {
      const style = nodeStyle(kind.type, viewStateOf(this.properties));
      return {
        ...super.getNodeStyle(),
        ...style,
        strokeWidth: style.strokeWidth + (kind.type === 'end' ? 1.5 : 0),
      };
    }
    override getTextStyle() {
      return { ...super.getTextStyle(), fontSize: 12, color: '#434343' };
    }
  }
  class View extends CircleNode {
    override getShape() {
      const { model } = this.props;
      const style = model.getNodeStyle();
      return h('g', {}, [super.getShape(), iconElement(kind, model.x, model.y, String(style.stroke))]);
    }
  }
  return { type: kind.type, view: View, model: Model };
}

function makeDiamond(kind: NodeKind) {
  class Model extends DiamondNodeModel {
    override initNodeData(data: NodeConfig) {
      if (typeof data.text === 'string' || !data.text || data.text.x === undefined) placeLabel(data, kind);
      super.initNodeData(data);
      this.rx = NODE_SIZES.diamond.width / 2;
      this.ry = NODE_SIZES.diamond.height / 2;
    }
    override getNodeStyle() {
      return { ...super.getNodeStyle(), ...nodeStyle(kind.type, viewStateOf(this.properties)) };
    }
    override getTextStyle() {
      return {
        ...super.getTextStyle(),
        fontSize: 12,
        color: '#434343',
        overflowMode: 'autoWrap' as const,
        textWidth: 110,
      };
    }
  }
  class View extends DiamondNode {
    override getShape() {
      const { model } = this.props;
      const style = model.getNodeStyle();
      return h('g', {}, [super.getShape(), iconElement(kind, model.x, model.y, String(style.stroke))]);
    }
  }
  return { type: kind.type, view: View, model: Model };
}

/** Registers our node types on one LogicFlow instance (registration is per instance, not global). */
export function registerFlowNodes(lf: LogicFlow): void {
  for (const type of Object.keys(NODE_KINDS) as NodeType[]) {
    const kind = NODE_KINDS[type];
    const config =
      kind.shape === 'rect' ? makeRect(kind) : kind.shape === 'circle' ? makeCircle(kind) : makeDiamond(kind);
    lf.register(config as unknown as LogicFlow.RegisterConfig);
  }
}
