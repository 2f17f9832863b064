import { DataTypes, QueryInterface } from 'sequelize';

// A plugin's newer baseline of a process the administrators have edited is kept here as an offer
// (adopt / keep mine), never applied over their edits.

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.addColumn('definitions', 'offered_baseline', { type: DataTypes.TEXT, allowNull: true });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.removeColumn('definitions', 'offered_baseline');
}
