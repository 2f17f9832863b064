import { DataTypes, QueryInterface } from 'sequelize';

// Cases and everything a case action writes in its transaction: task rows (the lists' source),
// CC records, stamps, serial counters, the notification outbox and idempotency keys.

const at = (allowNull = false) => ({ type: DataTypes.DATE, allowNull });

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('cases', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    definition_key: { type: DataTypes.STRING(64), allowNull: false },
    definition_version: { type: DataTypes.INTEGER, allowNull: false },
    definition_name: { type: DataTypes.STRING(200), allowNull: false },
    applicant_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'users', key: 'id' } },
    applicant_name: { type: DataTypes.STRING(100), allowNull: false },
    applicant_dept_id: { type: DataTypes.INTEGER, allowNull: true },
    status: { type: DataTypes.STRING(20), allowNull: false },
    serial_no: { type: DataTypes.STRING(64), allowNull: true, unique: true },
    // Names of the steps now open, for list rows without parsing the state.
    current_step: { type: DataTypes.STRING(500), allowNull: true },
    // The engine's CaseState as JSON: form data, tasks, path and trace.
    state: { type: DataTypes.TEXT, allowNull: false },
    // Optimistic concurrency: every write checks and bumps it.
    lock_version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    submitted_at: at(true),
    finished_at: at(true),
    created_at: at(),
    updated_at: at(),
  });
  await qi.addIndex('cases', ['applicant_id', 'updated_at', 'id'], { name: 'cases_applicant_updated' });
  await qi.addIndex('cases', ['definition_key', 'status'], { name: 'cases_definition_status' });
  await qi.addIndex('cases', ['status', 'updated_at'], { name: 'cases_status_updated' });

  await qi.createTable('tasks', {
    // The engine's own id (`<caseId>/t<n>`): effects refer to tasks by it.
    id: { type: DataTypes.STRING(64), primaryKey: true },
    case_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'cases', key: 'id' } },
    node_id: { type: DataTypes.STRING(64), allowNull: false },
    node_name: { type: DataTypes.STRING(200), allowNull: false },
    kind: { type: DataTypes.STRING(20), allowNull: false },
    assignee_id: { type: DataTypes.INTEGER, allowNull: false },
    status: { type: DataTypes.STRING(20), allowNull: false },
    action: { type: DataTypes.STRING(20), allowNull: true },
    opinion: { type: DataTypes.TEXT, allowNull: true },
    acted_by: { type: DataTypes.INTEGER, allowNull: true },
    due_at: at(true),
    urged_at: at(true),
    done_at: at(true),
    created_at: at(),
    updated_at: at(),
  });
  // To-do: one index range scan per page at any size (assignee, status, newest first).
  await qi.addIndex('tasks', ['assignee_id', 'status', 'created_at', 'id'], {
    name: 'tasks_assignee_status_created',
  });
  await qi.addIndex('tasks', ['assignee_id', 'status', 'done_at', 'id'], {
    name: 'tasks_assignee_status_done',
  });
  await qi.addIndex('tasks', ['case_id'], { name: 'tasks_case' });
  await qi.addIndex('tasks', ['status', 'due_at'], { name: 'tasks_status_due' });

  await qi.createTable('case_ccs', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    case_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'cases', key: 'id' } },
    node_id: { type: DataTypes.STRING(64), allowNull: false },
    user_id: { type: DataTypes.INTEGER, allowNull: false },
    read_at: at(true),
    created_at: at(),
  });
  await qi.addIndex('case_ccs', ['user_id', 'created_at', 'id'], { name: 'case_ccs_user_created' });
  await qi.addIndex('case_ccs', ['case_id'], { name: 'case_ccs_case' });

  await qi.createTable('case_stamps', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    case_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'cases', key: 'id' } },
    node_id: { type: DataTypes.STRING(64), allowNull: false },
    task_id: { type: DataTypes.STRING(64), allowNull: false },
    user_id: { type: DataTypes.INTEGER, allowNull: false },
    department_id: { type: DataTypes.INTEGER, allowNull: true },
    created_at: at(),
  });
  await qi.addIndex('case_stamps', ['case_id'], { name: 'case_stamps_case' });

  // One row per process and year; drawing a number updates the row inside the case's transaction,
  // so a rolled-back submit gives its number back and the sequence has no gaps.
  await qi.createTable('serial_counters', {
    scope: { type: DataTypes.STRING(100), primaryKey: true },
    value: { type: DataTypes.INTEGER, allowNull: false },
  });

  await qi.createTable('outbox', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    kind: { type: DataTypes.STRING(40), allowNull: false },
    payload: { type: DataTypes.TEXT, allowNull: false },
    status: { type: DataTypes.STRING(20), allowNull: false, defaultValue: 'pending' },
    attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    next_attempt_at: at(),
    created_at: at(),
  });
  await qi.addIndex('outbox', ['status', 'next_attempt_at'], { name: 'outbox_status_next' });

  await qi.createTable('idempotency_keys', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    user_id: { type: DataTypes.INTEGER, allowNull: false },
    key: { type: DataTypes.STRING(200), allowNull: false },
    // Method, path and a hash of the body: the same key with a different request is refused.
    fingerprint: { type: DataTypes.STRING(64), allowNull: false },
    status: { type: DataTypes.INTEGER, allowNull: false },
    response: { type: DataTypes.TEXT, allowNull: false },
    created_at: at(),
  });
  await qi.addIndex('idempotency_keys', ['user_id', 'key'], { unique: true, name: 'idempotency_user_key' });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  for (const table of [
    'idempotency_keys',
    'outbox',
    'serial_counters',
    'case_stamps',
    'case_ccs',
    'tasks',
    'cases',
  ]) {
    await qi.dropTable(table);
  }
}
