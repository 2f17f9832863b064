import {
  collectFieldNames,
  fieldPermissionsFor,
  validateDefinition,
  validateFormData,
  type FormFieldSchema,
  type JsonValue,
  type ProcessDefinition,
} from '@flowhall/schema';
import { expect } from 'chai';
import { FORM_COMPONENTS, SEAL_PROCESSES, SEAL_ROLES } from '../../src/processes';
import { validForms } from './valid-forms';

/** Every `form.x` a JSON Logic rule reads (inner `var`s of some/all/filter read the row instead). */
function formVars(rule: JsonValue | undefined, out: string[] = []): string[] {
  if (Array.isArray(rule)) rule.forEach((r) => formVars(r, out));
  else if (rule && typeof rule === 'object') {
    for (const [op, args] of Object.entries(rule)) {
      if (op === 'var' && typeof args === 'string' && args.startsWith('form.')) out.push(args.slice(5));
      else formVars(args, out);
    }
  }
  return out;
}

/** Every role key and form field an assignee rule names, at any depth of byField. */
function ruleRefs(rule: unknown, roles: string[], fields: string[]): void {
  if (!rule || typeof rule !== 'object') return;
  const r = rule as { type?: string; role?: string; field?: string; cases?: object; default?: unknown };
  if (r.type === 'role' && r.role) roles.push(r.role);
  if (r.field) fields.push(r.field);
  Object.values(r.cases ?? {}).forEach((inner) => ruleRefs(inner, roles, fields));
  ruleRefs(r.default, roles, fields);
}

function components(field: FormFieldSchema | undefined, out: string[] = []): string[] {
  if (!field) return out;
  if (typeof field['x-component'] === 'string') out.push(field['x-component']);
  Object.values(field.properties ?? {}).forEach((f) => components(f, out));
  components(field.items, out);
  return out;
}

const editableAt = (def: ProcessDefinition, nodeId: string): string[] =>
  Object.entries(fieldPermissionsFor(def, nodeId) ?? {})
    .filter(([, p]) => p === 'editable')
    .map(([f]) => f);

describe('seal plugin > baselines', () => {
  it('Given the plugin, Then it ships the five processes of seed 001 under their keys, each version 1', () => {
    expect(SEAL_PROCESSES.map((b) => b.definition.key)).to.deep.equal([
      'seal-use',
      'seal-engraving',
      'seal-abolition',
      'intro-letter',
      'legal-person-cert',
    ]);
    expect(SEAL_PROCESSES.every((b) => b.definition.version === 1)).to.equal(true);
  });

  for (const { definition: def, hall } of SEAL_PROCESSES) {
    describe(`${def.key}`, () => {
      const fields = new Set(collectFieldNames(def.form));

      it('Given the baseline, When validated, Then validateDefinition finds no problem', () => {
        expect(validateDefinition(def)).to.deep.equal([]);
      });

      it('Given the baseline, Then it carries the hall metadata: 办公办文, office, staff, online, a guide saying classified matters stay offline (R33)', () => {
        expect(def).to.include({ category: '办公办文', department: 'office' });
        expect(def.audience).to.deep.equal(['staff']);
        expect(def.guide).to.include('涉密事项不得在线办理').and.include('【办理流程】');
        expect(def.settings?.serialPrefix).to.match(/^[A-Z]{2}$/);
        expect(hall.mode).to.equal('online');
        expect(hall.summary).to.be.a('string').and.not.equal('');
      });

      it('Given its conditions, rules and due-date hints, Then every field they name exists in the form', () => {
        const named: string[] = [];
        const roles: string[] = [];
        for (const edge of def.flow.edges) named.push(...formVars(edge.properties?.condition));
        for (const node of def.flow.nodes) {
          const p = node.properties as { assignees?: unknown[]; dueDateField?: string };
          (p.assignees ?? []).forEach((r) => ruleRefs(r, roles, named));
          if (p.dueDateField) named.push(p.dueDateField);
        }
        expect(named.filter((f) => !fields.has(f))).to.deep.equal([]);
        const known = SEAL_ROLES.map((r) => r.key);
        expect(roles.filter((r) => !known.includes(r))).to.deep.equal([]);
      });

      it('Given its assignee rules, Then none names fixed users (a baseline must fit any org)', () => {
        const types: string[] = [];
        const walk = (rule: unknown): void => {
          const r = rule as { type: string; cases?: object; default?: unknown };
          types.push(r.type);
          Object.values(r.cases ?? {}).forEach(walk);
          if (r.default) walk(r.default);
        };
        def.flow.nodes.forEach((n) =>
          ((n.properties as { assignees?: unknown[] }).assignees ?? []).forEach(walk),
        );
        expect(types).to.not.include('users');
      });

      it('Given its form, Then it uses only components the hosts register', () => {
        const used = components({ type: 'object', properties: def.form.properties });
        expect(used.filter((c) => !FORM_COMPONENTS.includes(c))).to.deep.equal([]);
      });

      it('Given the applicant form, Then opinion and handling fields are hidden and every other field is editable', () => {
        const start = fieldPermissionsFor(def, 'start') ?? {};
        const ownedByNodes = new Set(
          def.flow.nodes
            .filter((n) => n.type !== 'start')
            .flatMap((n) => Object.entries(n.properties.fieldPermissions ?? {}).map(([f]) => f)),
        );
        for (const field of ownedByNodes) expect(start[field], field).to.equal('hidden');
        expect(Object.values(start).filter((p) => p === 'editable').length).to.be.greaterThan(3);
      });

      it('Given an approval or handle step, Then only its own fields are editable there (R14)', () => {
        const owners = new Map<string, string[]>();
        for (const node of def.flow.nodes.filter((n) => n.type === 'approval' || n.type === 'handle')) {
          for (const field of editableAt(def, node.id))
            owners.set(field, [...(owners.get(field) ?? []), node.id]);
        }
        for (const [field, nodes] of owners) {
          // The two department-head variants of seal use share one opinion area.
          if (field === 'deptHeadOpinion' && def.key === 'seal-use') continue;
          if (field === 'approvingDeptOpinion') continue;
          expect(nodes, field).to.have.length(1);
        }
      });

      it('Given a complete application, When checked as a submit at the start node, Then the form validator finds no problem', () => {
        const form = validForms[def.key];
        expect(form, 'a sample form for this process').to.be.an('object');
        const problems = validateFormData(def.form, form, {
          mode: 'submit',
          editable: new Set(editableAt(def, 'start')),
          isAcceptableFileId: () => true,
        });
        expect(problems).to.deep.equal([]);
      });

      it('Given an empty application, When submitted, Then the validator names the required fields', () => {
        const problems = validateFormData(
          def.form,
          {},
          { mode: 'submit', editable: new Set(editableAt(def, 'start')) },
        );
        expect(problems.map((p) => p.code)).to.include('REQUIRED');
        expect(problems.map((p) => p.path)).to.include('confidentialityCommitment');
      });
    });
  }

  it('Given the role list, Then every role has a key and a Chinese name, once', () => {
    const keys = SEAL_ROLES.map((r) => r.key);
    expect(new Set(keys).size).to.equal(keys.length);
    expect(SEAL_ROLES.every((r) => /[\u4e00-\u9fa5]/.test(r.name))).to.equal(true);
  });
});
