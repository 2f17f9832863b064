import { useHost } from '../host';
import { formText } from './form-text';

/** The form designer's words in the host's language (kept apart so the tables load without React). */
export const useFormText = () => formText(useHost().locale);
