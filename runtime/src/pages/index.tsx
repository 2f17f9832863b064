import { HallHome } from '../hall/hall-home';

export default HallHome;
