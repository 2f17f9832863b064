import { DataTypes, QueryInterface } from 'sequelize';

// Process definitions: one row per process with its editable draft, and an immutable row per
// published version. Cases pin the version they started on (DESIGN.md §3).

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('definitions', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    key: { type: DataTypes.STRING(64), allowNull: false, unique: true },
    name: { type: DataTypes.STRING(200), allowNull: false },
    category: { type: DataTypes.STRING(100), allowNull: true },
    // The draft as JSON text (a whole ProcessDefinition); null when there is no open draft.
    draft: { type: DataTypes.TEXT, allowNull: true },
    // Bumped on every draft save: designers send the revision they edited to detect lost updates.
    draft_revision: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    draft_updated_by: { type: DataTypes.INTEGER, allowNull: true, references: { model: 'users', key: 'id' } },
    draft_updated_at: { type: DataTypes.DATE, allowNull: true },
    latest_version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    // 'local' for processes made here; the plugin's name for plugin-provided processes.
    source: { type: DataTypes.STRING(100), allowNull: false, defaultValue: 'local' },
    // The plugin baseline version this definition was installed from or last adopted.
    baseline_version: { type: DataTypes.INTEGER, allowNull: true },
    created_at: { type: DataTypes.DATE, allowNull: false },
    updated_at: { type: DataTypes.DATE, allowNull: false },
  });

  await qi.createTable('definition_versions', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    definition_key: { type: DataTypes.STRING(64), allowNull: false },
    version: { type: DataTypes.INTEGER, allowNull: false },
    // The frozen ProcessDefinition as JSON text; never updated after insert.
    body: { type: DataTypes.TEXT, allowNull: false },
    change_note: { type: DataTypes.STRING(500), allowNull: true },
    published_by: { type: DataTypes.INTEGER, allowNull: true, references: { model: 'users', key: 'id' } },
    published_at: { type: DataTypes.DATE, allowNull: false },
  });
  // The unique pair makes two concurrent publishes of the same version impossible.
  await qi.addIndex('definition_versions', ['definition_key', 'version'], {
    unique: true,
    name: 'definition_versions_key_version',
  });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('definition_versions');
  await qi.dropTable('definitions');
}
