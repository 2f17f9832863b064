import { DataTypes, QueryInterface } from 'sequelize';

// Time limits (issue 8): when a task was warned that its due time is near, and when it was marked
// overdue. Each is set by one conditional UPDATE, so several schedulers never warn twice; the sweep
// reads pending tasks through the existing tasks_status_due index.

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.addColumn('tasks', 'due_soon_at', { type: DataTypes.DATE, allowNull: true });
  await qi.addColumn('tasks', 'overdue_at', { type: DataTypes.DATE, allowNull: true });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.removeColumn('tasks', 'overdue_at');
  await qi.removeColumn('tasks', 'due_soon_at');
}
