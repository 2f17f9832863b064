import { DataTypes, QueryInterface } from 'sequelize';

// The hall's catalogue. A service is what the hall lists; the process definition behind it
// (form + flow, versioned) arrives with the definitions migration.

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('hall_services', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    key: { type: DataTypes.STRING(64), allowNull: false, unique: true },
    name: { type: DataTypes.STRING(200), allowNull: false },
    name_en: { type: DataTypes.STRING(200), allowNull: true },
    summary: { type: DataTypes.TEXT, allowNull: true },
    category: { type: DataTypes.STRING(100), allowNull: true },
    theme: { type: DataTypes.STRING(100), allowNull: true },
    department_id: {
      type: DataTypes.INTEGER,
      allowNull: true,
      references: { model: 'departments', key: 'id' },
    },
    // Comma-separated identities who may use the service (staff, undergraduate, postgraduate, other).
    audience: { type: DataTypes.STRING(200), allowNull: false, defaultValue: 'staff' },
    mode: { type: DataTypes.STRING(20), allowNull: false, defaultValue: 'online' },
    status: { type: DataTypes.STRING(20), allowNull: false, defaultValue: 'published' },
    pinned: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    sort_order: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    visits: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    handled: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    created_at: { type: DataTypes.DATE, allowNull: false },
    updated_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('hall_services', ['status', 'sort_order'], { name: 'hall_services_status_sort' });
  await qi.addIndex('hall_services', ['status', 'visits'], { name: 'hall_services_status_visits' });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('hall_services');
}
