import { DataTypes, QueryInterface } from 'sequelize';

// The hall's catalogue grows what a service page shows (R3: guide, manual, where to go offline,
// whom to ask) and per-user favourites (R5). The process behind a service is linked by its
// definition key; the link is made by administrators, so it may be empty.

const COLUMNS = {
  definition_key: { type: DataTypes.STRING(64), allowNull: true },
  guide: { type: DataTypes.TEXT, allowNull: true },
  guide_en: { type: DataTypes.TEXT, allowNull: true },
  // JSON text: [{ fileId, name }], e.g. a printable manual.
  attachments: { type: DataTypes.TEXT, allowNull: true },
  offline_location: { type: DataTypes.STRING(500), allowNull: true },
  contact: { type: DataTypes.STRING(200), allowNull: true },
  updated_by: { type: DataTypes.INTEGER, allowNull: true },
};

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  for (const [name, spec] of Object.entries(COLUMNS)) await qi.addColumn('hall_services', name, spec);
  // "Hot" sorts by cases handled; the department filter and the category counts group by department.
  await qi.addIndex('hall_services', ['status', 'handled'], { name: 'hall_services_status_handled' });
  await qi.addIndex('hall_services', ['department_id'], { name: 'hall_services_department' });
  await qi.createTable('favourites', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    user_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'users', key: 'id' } },
    service_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'hall_services', key: 'id' },
      onDelete: 'CASCADE',
    },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  // Leading user_id: also the index for "my favourites".
  await qi.addIndex('favourites', ['user_id', 'service_id'], {
    name: 'favourites_user_service',
    unique: true,
  });
  await qi.addIndex('favourites', ['service_id'], { name: 'favourites_service' });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('favourites');
  await qi.removeIndex('hall_services', 'hall_services_department');
  await qi.removeIndex('hall_services', 'hall_services_status_handled');
  for (const name of Object.keys(COLUMNS).reverse()) await qi.removeColumn('hall_services', name);
}
