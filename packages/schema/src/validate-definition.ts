import type { DefinitionProblem, ProcessDefinition } from './definition';
import { validateGraph } from './validate-graph';
import { validateNodes } from './validate-nodes';

/**
 * Every problem that would stop a definition from being published, as data. An empty list means
 * the engine can run it. Never throws, whatever shape the input has.
 */
export function validateDefinition(definition: ProcessDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  if (!definition || typeof definition !== 'object') {
    return [{ path: '', code: 'MISSING_FIELD', message: 'the definition must be an object' }];
  }
  if (!definition.key)
    problems.push({ path: 'key', code: 'MISSING_FIELD', message: 'the definition needs a key' });
  if (!Number.isInteger(definition.version))
    problems.push({
      path: 'version',
      code: 'MISSING_FIELD',
      message: 'the definition needs an integer version',
    });
  if (!definition.form || typeof definition.form !== 'object')
    problems.push({ path: 'form', code: 'MISSING_FIELD', message: 'the definition needs a form schema' });
  const flow = definition.flow;
  if (!flow || !Array.isArray(flow.nodes) || !Array.isArray(flow.edges)) {
    problems.push({
      path: 'flow',
      code: 'MISSING_FIELD',
      message: 'the definition needs a flow with nodes and edges',
    });
    return problems;
  }
  problems.push(...validateGraph(flow), ...validateNodes(definition));
  return problems;
}
