import type { QueryInterface } from 'sequelize';

// Delegated tasks are routed when the lists are read (ADR 0004): the delegate's to-do asks "whose
// delegation points at me now" and the done list includes what a delegate did for someone else.

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.addIndex('delegations', ['delegate_user_id', 'starts_at'], {
    name: 'delegations_delegate_starts',
  });
  await qi.addIndex('tasks', ['acted_by', 'status', 'done_at', 'id'], { name: 'tasks_acted_by_done' });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.removeIndex('tasks', 'tasks_acted_by_done');
  await qi.removeIndex('delegations', 'delegations_delegate_starts');
}
