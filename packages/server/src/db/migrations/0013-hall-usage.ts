import type { QueryInterface } from 'sequelize';

// "Services I used" (GET /api/hall/recent) groups my cases by process; the hall figures count
// cases by status (cases_status_updated from 0009 already serves that).

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.addIndex('cases', ['applicant_id', 'definition_key', 'created_at'], {
    name: 'cases_applicant_definition',
  });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.removeIndex('cases', 'cases_applicant_definition');
}
