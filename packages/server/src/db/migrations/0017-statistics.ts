import type { QueryInterface } from 'sequelize';

// Statistics (issue 8, R29) read cases by submission time and finished tasks by case: index both so
// a report over a term is a range scan, not a pass over every case.

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.addIndex('cases', ['submitted_at', 'definition_key'], { name: 'cases_submitted' });
  await qi.addIndex('tasks', ['status', 'done_at'], { name: 'tasks_status_done' });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.removeIndex('tasks', 'tasks_status_done');
  await qi.removeIndex('cases', 'cases_submitted');
}
