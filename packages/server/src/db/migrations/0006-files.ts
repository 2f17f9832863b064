import { DataTypes, QueryInterface } from 'sequelize';

// Uploaded files. The bytes live under DATA_DIR/uploads/<yyyy>/<mm>/<id>; the row says who
// uploaded them and, once a case refers to them, which case they belong to (whose readers may then
// download them). case_id has no foreign key: this migration runs before the cases table exists.

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('files', {
    // 32 random hex characters: unguessable, and what form data refers to.
    id: { type: DataTypes.STRING(32), primaryKey: true },
    owner_user_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'users', key: 'id' } },
    case_id: { type: DataTypes.INTEGER, allowNull: true },
    field: { type: DataTypes.STRING(200), allowNull: true },
    original_name: { type: DataTypes.STRING(255), allowNull: false },
    // Path relative to DATA_DIR/uploads.
    stored_name: { type: DataTypes.STRING(100), allowNull: false },
    mime: { type: DataTypes.STRING(100), allowNull: false },
    size: { type: DataTypes.INTEGER, allowNull: false },
    sha256: { type: DataTypes.STRING(64), allowNull: false },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('files', ['owner_user_id', 'created_at'], { name: 'files_owner_created' });
  await qi.addIndex('files', ['case_id'], { name: 'files_case' });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('files');
}
