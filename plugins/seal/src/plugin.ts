import type { FlowhallPlugin } from '@flowhall/server';
import { SEAL_PROCESSES, SEAL_ROLES } from './processes';
import { sealFormProblems } from './rules';

/**
 * The seal plugin's server part, written against the public plugin API only (docs/plugins.md):
 * it ships the five processes as editable baselines, the roles they name, and the rules of
 * R30–R32 that a form schema cannot express.
 */
export const plugin: FlowhallPlugin = {
  name: '@flowhall/plugin-seal',
  version: '0.1.0',
  setup(setup) {
    for (const baseline of SEAL_PROCESSES) {
      setup.registerProcess(baseline);
      const key = baseline.definition.key;
      setup.checkForm(key, (form) => sealFormProblems(key, form));
    }
  },
  async install(context) {
    // Roles the processes' assignee rules name; holders are the organisation's to assign.
    for (const role of SEAL_ROLES) await context.ensureRole(role.key, role.name, role.nameEn);
  },
};
