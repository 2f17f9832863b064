import type { FlowhallPlugin } from '@flowhall/server';
import { closeCertLoan, recordCertHandover } from './effects/cert-effects';
import { abolishSeal, registerEngravedSeals } from './effects/registry-effects';
import { confirmSealReturn, recordSealUse } from './effects/use-effects';
import { ledgerRoutes } from './ledgers/ledger-routes';
import { issueLetter } from './letters/letter-effects';
import { letterRoutes } from './letters/letter-routes';
import { SEAL_PROCESSES, SEAL_ROLES } from './processes';
import { SEAL_MIGRATIONS } from './registry/migrations';
import { defineSealModels, modelRecord } from './registry/models';
import { pickedSealProblems } from './registry/picked-seals';
import { sealRoutes } from './registry/seal-routes';
import { seedDemoSeals } from './registry/seal-seed';
import { sealFormProblems } from './rules';

/**
 * The seal plugin's server part, written against the public plugin API only (docs/plugins.md):
 * the five processes as editable baselines and the roles they name; the rules of R30–R32 a form
 * schema cannot express, checked against the seal registry; the registry, ledgers and letters,
 * written by hooks inside each case action's transaction; and the routes that read them.
 */
export const plugin: FlowhallPlugin = {
  name: '@flowhall/plugin-seal',
  version: '0.2.0',
  setup(setup) {
    setup.addMigrations(SEAL_MIGRATIONS);
    setup.defineModels((sequelize) => modelRecord(defineSealModels(sequelize)));
    for (const baseline of SEAL_PROCESSES) {
      setup.registerProcess(baseline);
      const key = baseline.definition.key;
      setup.checkForm(key, (form) => sealFormProblems(key, form));
    }
    setup.checkForm('seal-use', (form, context) => pickedSealProblems(form, 'seals', context));
    setup.checkForm('seal-abolition', (form, context) =>
      pickedSealProblems(form, 'seal', context, { unitField: 'applyingUnit' }),
    );
    setup.onTaskDone('seal-engraving', 'activate', registerEngravedSeals);
    setup.onTaskDone('seal-abolition', 'surrender', abolishSeal);
    setup.onTaskDone('seal-use', 'stamp', recordSealUse);
    setup.onTaskDone('seal-use', 'returnConfirm', confirmSealReturn);
    setup.onTaskDone('intro-letter', 'issue', issueLetter);
    setup.onTaskDone('legal-person-cert', 'handover', recordCertHandover);
    setup.onTaskDone('legal-person-cert', 'returnConfirm', closeCertLoan);
    setup.addRoutes([...sealRoutes, ...letterRoutes, ...ledgerRoutes]);
  },
  async install(context) {
    // Roles the processes' assignee rules name; holders are the organisation's to assign.
    for (const role of SEAL_ROLES) await context.ensureRole(role.key, role.name, role.nameEn);
    await seedDemoSeals(context);
  },
};
