import { sealApi } from '@flowhall/plugin-seal/client';
import { api } from '../api';

/** The seal plugin's routes over the app's one client (session cookie, CSRF, language). */
export const seal = sealApi(api.request);
