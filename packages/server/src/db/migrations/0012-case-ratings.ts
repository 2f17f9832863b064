import { DataTypes, QueryInterface } from 'sequelize';

// Ratings of finished cases (R5, R29): one per case, by its applicant. The hall keeps a running
// count and sum per service, updated atomically with each rating, so cards and `sort=rating`
// never aggregate the ratings table.

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('case_ratings', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    case_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'cases', key: 'id' } },
    definition_key: { type: DataTypes.STRING(64), allowNull: false },
    user_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'users', key: 'id' } },
    stars: { type: DataTypes.INTEGER, allowNull: false },
    comment: { type: DataTypes.STRING(500), allowNull: true },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  // Once per case: the unique index is what makes a second rating at the same moment lose.
  await qi.addIndex('case_ratings', ['case_id'], { unique: true, name: 'case_ratings_case' });
  await qi.addIndex('case_ratings', ['definition_key', 'created_at'], { name: 'case_ratings_definition' });
  await qi.addColumn('hall_services', 'rating_count', {
    type: DataTypes.INTEGER,
    allowNull: false,
    defaultValue: 0,
  });
  await qi.addColumn('hall_services', 'rating_sum', {
    type: DataTypes.INTEGER,
    allowNull: false,
    defaultValue: 0,
  });
  await qi.addIndex('hall_services', ['definition_key'], { name: 'hall_services_definition' });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.removeIndex('hall_services', 'hall_services_definition');
  await qi.removeColumn('hall_services', 'rating_sum');
  await qi.removeColumn('hall_services', 'rating_count');
  await qi.dropTable('case_ratings');
}
