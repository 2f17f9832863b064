import type LogicFlow from '@logicflow/core';
import { PolylineEdge, PolylineEdgeModel } from '@logicflow/core';
import { VIEW_PROPERTY } from './node-kinds';

/** Polyline edges that draw the path a case took (and a default branch) differently. */
class FlowEdgeModel extends PolylineEdgeModel {
  override getEdgeStyle() {
    const style = super.getEdgeStyle();
    const taken = this.properties?.[VIEW_PROPERTY] === 'taken';
    const isDefault = this.properties?.isDefault === true;
    return {
      ...style,
      stroke: taken ? '#fa8c16' : '#8c8c8c',
      strokeWidth: taken ? 2.5 : 1.5,
      ...(isDefault ? { strokeDasharray: '5 4' } : {}),
    };
  }
  override getTextStyle() {
    return { ...super.getTextStyle(), fontSize: 12, color: '#595959', background: { fill: '#ffffff' } };
  }
}

export function registerFlowEdges(lf: LogicFlow): void {
  lf.register({
    type: 'polyline',
    view: PolylineEdge,
    model: FlowEdgeModel,
  } as unknown as LogicFlow.RegisterConfig);
}
