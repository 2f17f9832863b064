import { ServicePage } from '../../hall/service-page';

export default ServicePage;
