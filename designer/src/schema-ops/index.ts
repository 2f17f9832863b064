// The condition model lives in @flowhall/schema so the server's validator evaluates the same
// conditions the builder writes; re-exported here for the designer's own modules.
export {
  CONDITION_OPERATORS,
  UNARY_OPERATORS,
  conditionToJsonLogic,
  conditionToReaction,
  jsonLogicToCondition,
  reactionToCondition,
} from '@flowhall/schema';
export type {
  Condition,
  ConditionClause,
  ConditionOperator,
  FieldReaction,
  ReactionTarget,
} from '@flowhall/schema';
export {
  allKeys,
  childrenOf,
  dataPathOf,
  isContainer,
  isValidFieldName,
  listDataFields,
  listNodes,
  nodeAt,
  uniqueFieldName,
} from './form-tree';
export type { FieldInfo, SchemaAddress } from './form-tree';
export { removeFieldReferences, renameFieldReferences } from './references';
export type { DesignDoc, RefResult } from './references';
export { addField, copyField, deleteField, moveField, renameField, updateField } from './form-ops';
export type { FormOpError, FormOpResult } from './form-ops';
export {
  addEdge,
  addNode,
  deleteEdge,
  deleteNode,
  placeNodes,
  uniqueId,
  updateEdge,
  updateNode,
} from './flow-ops';
export type { FlowOpResult } from './flow-ops';
export { HISTORY_LIMIT, canRedo, canUndo, createHistory, pushHistory, redo, undo } from './history';
export type { History } from './history';
export { compareDefinitions, isUnchanged } from './compare';
export type { ChangeEntry, Comparable, DefinitionChanges } from './compare';
export { localizeProblems, problemText } from './problem-text';
