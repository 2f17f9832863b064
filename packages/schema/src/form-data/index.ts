export { validateFormData } from './validate-form-data';
export type { ValidateFormDataOptions } from './validate-form-data';
export type { FormDataProblem, FormDataProblemCode } from './problems';
