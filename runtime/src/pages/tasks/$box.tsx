import { ListPage } from '../../lists/list-page';

export default ListPage;
