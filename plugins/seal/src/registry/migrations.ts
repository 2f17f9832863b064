import type { PluginMigration } from '@flowhall/server';
import { DataTypes, type QueryInterface } from 'sequelize';

// The seal plugin's tables. Column types are ones SQLite and PostgreSQL both accept; dates a
// person enters (issue date, borrow date) are `YYYY-MM-DD` strings, instants are timestamps.

const id = () => ({ type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true });
const stamps = () => ({
  created_at: { type: DataTypes.DATE, allowNull: false },
  updated_at: { type: DataTypes.DATE, allowNull: false },
});
const str = (length: number, allowNull = true) => ({ type: DataTypes.STRING(length), allowNull });
const int = (allowNull = true) => ({ type: DataTypes.INTEGER, allowNull });

async function registry(q: QueryInterface): Promise<void> {
  await q.createTable('seal_seals', {
    id: id(),
    name: str(100, false),
    seal_type: str(20, false),
    department_id: int(),
    custodian_user_id: int(),
    supervisor_user_id: int(),
    impression_file_id: str(64),
    status: str(20, false),
    police_filing_no: str(60),
    engraver: str(100),
    engraved_on: str(10),
    activated_on: str(10),
    engraving_case_id: int(),
    engraving_serial_no: str(40),
    abolition_case_id: int(),
    abolition_serial_no: str(40),
    abolished_on: str(10),
    abolition_reason: str(20),
    disposal: str(20),
    police_deregistration_no: str(60),
    ...stamps(),
  });
  await q.addIndex('seal_seals', ['status', 'department_id', 'id']);
  await q.addIndex('seal_seals', ['seal_type', 'id']);
  await q.createTable('seal_events', {
    id: id(),
    seal_id: int(false),
    kind: str(20, false),
    case_id: int(),
    serial_no: str(40),
    actor_user_id: int(),
    note: str(300),
    at: { type: DataTypes.DATE, allowNull: false },
  });
  await q.addIndex('seal_events', ['seal_id', 'id']);
  await q.createTable('seal_uses', {
    id: id(),
    case_id: int(false),
    serial_no: str(40),
    seal_id: int(false),
    seal_name: str(100, false),
    seal_type: str(20, false),
    department_id: int(),
    applicant_user_id: int(),
    custodian_user_id: int(),
    handler_name: str(60),
    reason: str(500),
    requested_count: int(),
    positions: str(200),
    stamped_copies: int(),
    scan_file_ids: { type: DataTypes.TEXT, allowNull: true },
    taken_out: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    returned_on: str(10),
    used_on: str(10, false),
    used_at: { type: DataTypes.DATE, allowNull: false },
  });
  await q.addIndex('seal_uses', ['case_id', 'seal_id'], { unique: true });
  await q.addIndex('seal_uses', ['used_on', 'id']);
}

async function letters(q: QueryInterface): Promise<void> {
  await q.createTable('seal_letter_counters', {
    year: { type: DataTypes.INTEGER, primaryKey: true },
    value: int(false),
  });
  await q.createTable('seal_letters', {
    id: id(),
    case_id: { type: DataTypes.INTEGER, allowNull: false, unique: true },
    serial_no: str(40),
    year: int(false),
    seq: int(false),
    letter_no: str(30, false),
    code: { type: DataTypes.STRING(40), allowNull: false, unique: true },
    letter_type: str(20, false),
    receiving_org: str(100, false),
    persons: { type: DataTypes.TEXT, allowNull: false },
    purpose: str(300, false),
    valid_days: int(false),
    issued_on: str(10, false),
    department_id: int(),
    applicant_user_id: int(),
    issuer_user_id: int(),
    contact_name: str(60),
    contact_mobile: str(20),
    status: str(10, false),
    status_user_id: int(),
    status_changed_at: { type: DataTypes.DATE, allowNull: true },
    ...stamps(),
  });
  await q.addIndex('seal_letters', ['year', 'seq'], { unique: true });
  await q.addIndex('seal_letters', ['issued_on', 'id']);
  await q.createTable('seal_cert_loans', {
    id: id(),
    case_id: { type: DataTypes.INTEGER, allowNull: false, unique: true },
    serial_no: str(40),
    documents: str(200, false),
    usage: str(100, false),
    copies: int(),
    receiving_org: str(100),
    purpose: str(300),
    watermark: str(200),
    handler_name: str(60),
    department_id: int(),
    applicant_user_id: int(),
    handed_by_user_id: int(),
    handed_on: str(10, false),
    lent: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    borrow_date: str(10),
    due_date: str(10),
    returned_on: str(10),
    returned_by_user_id: int(),
    status: str(20, false),
    ...stamps(),
  });
  await q.addIndex('seal_cert_loans', ['handed_on', 'id']);
}

export const SEAL_MIGRATIONS: PluginMigration[] = [
  {
    name: '0001-seal-registry',
    up: ({ context }) => registry(context),
    down: async ({ context }) => {
      for (const table of ['seal_uses', 'seal_events', 'seal_seals']) await context.dropTable(table);
    },
  },
  {
    name: '0002-letters-and-certificates',
    up: ({ context }) => letters(context),
    down: async ({ context }) => {
      for (const table of ['seal_cert_loans', 'seal_letters', 'seal_letter_counters'])
        await context.dropTable(table);
    },
  },
];
