import { DataTypes, type QueryInterface } from 'sequelize';

// R21 lists: each case row carries its progress (written with every transition, so a list page
// needs no case state or definition) and its importance (加急, chosen by the applicant). The index
// serves the "urgent only" filter; the arrival range uses each box's existing (…, time, id) index
// and the serial number its unique index from 0009.

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.addColumn('cases', 'progress', { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 });
  await qi.addColumn('cases', 'importance', {
    type: DataTypes.STRING(10),
    allowNull: false,
    defaultValue: 'normal',
  });
  // Finished cases are complete; running ones show their share from their next transition on.
  await qi.sequelize.query("UPDATE cases SET progress = 100 WHERE status IN ('approved', 'rejected')");
  await qi.addIndex('cases', ['importance', 'id'], { name: 'cases_importance' });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.removeIndex('cases', 'cases_importance');
  await qi.removeColumn('cases', 'importance');
  await qi.removeColumn('cases', 'progress');
}
