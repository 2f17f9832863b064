import { DefinitionEditor } from '../../../admin/editor/definition-editor';

export default DefinitionEditor;
