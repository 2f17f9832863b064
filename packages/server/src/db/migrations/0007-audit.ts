import { DataTypes, QueryInterface } from 'sequelize';

// The append-only audit log (R31). One hash chain per stream ('case:42', 'auth', 'hall', ...), so
// actions on different cases never wait for each other; checkpoints hash every chain's head, so
// cutting entries off the end of a chain is caught too.

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('audit_entries', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    stream: { type: DataTypes.STRING(100), allowNull: false },
    seq: { type: DataTypes.INTEGER, allowNull: false },
    actor_user_id: { type: DataTypes.INTEGER, allowNull: true },
    action: { type: DataTypes.STRING(100), allowNull: false },
    subject_type: { type: DataTypes.STRING(50), allowNull: false },
    subject_id: { type: DataTypes.STRING(100), allowNull: false },
    // Canonical JSON text, hashed exactly as stored.
    data: { type: DataTypes.TEXT, allowNull: false },
    at: { type: DataTypes.DATE, allowNull: false },
    prev_hash: { type: DataTypes.STRING(64), allowNull: false },
    hash: { type: DataTypes.STRING(64), allowNull: false },
  });
  // Also how a stream's head is found (ORDER BY seq DESC LIMIT 1).
  await qi.addIndex('audit_entries', ['stream', 'seq'], { name: 'audit_entries_stream_seq', unique: true });
  await qi.createTable('audit_checkpoints', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    at: { type: DataTypes.DATE, allowNull: false },
    // The checkpoint covers exactly the entries with id <= max_entry_id.
    max_entry_id: { type: DataTypes.INTEGER, allowNull: false },
    heads_hash: { type: DataTypes.STRING(64), allowNull: false },
    stream_count: { type: DataTypes.INTEGER, allowNull: false },
  });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('audit_checkpoints');
  await qi.dropTable('audit_entries');
}
