import { DefinitionsList } from '../../../admin/definitions-list';

export default DefinitionsList;
