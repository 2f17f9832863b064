import { useHost } from '../host';
import { flowText } from './flow-text';

/** The flow designer's words in the host's language (kept apart so the tables load without React). */
export const useFlowText = () => flowText(useHost().locale);
