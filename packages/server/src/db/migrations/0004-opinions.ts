import { DataTypes, QueryInterface } from 'sequelize';

// Each user's own common opinions (R17); the stock phrases live in code, not in the table.

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('common_opinions', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    user_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'users', key: 'id' } },
    text: { type: DataTypes.STRING(200), allowNull: false },
    sort_order: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    created_at: { type: DataTypes.DATE, allowNull: false },
    updated_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('common_opinions', ['user_id', 'sort_order'], { name: 'common_opinions_user_order' });
  await qi.addIndex('common_opinions', ['user_id', 'text'], {
    name: 'common_opinions_user_text',
    unique: true,
  });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('common_opinions');
}
