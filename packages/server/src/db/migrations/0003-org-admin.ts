import { DataTypes, QueryInterface } from 'sequelize';

// Organisation administration and auth hardening: out-of-office delegations, API tokens for
// integrations, and failed sign-ins (kept in the database so every server process sees them).

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('delegations', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    user_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'users', key: 'id' } },
    delegate_user_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'users', key: 'id' },
    },
    starts_at: { type: DataTypes.DATE, allowNull: false },
    ends_at: { type: DataTypes.DATE, allowNull: false },
    reason: { type: DataTypes.STRING(200), allowNull: true },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('delegations', ['user_id', 'starts_at'], { name: 'delegations_user_starts' });

  await qi.createTable('api_tokens', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    user_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'users', key: 'id' } },
    name: { type: DataTypes.STRING(100), allowNull: false },
    // SHA-256 of the secret: the secret itself is shown once and never stored.
    token_hash: { type: DataTypes.STRING(64), allowNull: false, unique: true },
    expires_at: { type: DataTypes.DATE, allowNull: false },
    last_used_at: { type: DataTypes.DATE, allowNull: true },
    created_at: { type: DataTypes.DATE, allowNull: false },
    updated_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('api_tokens', ['user_id', 'id'], { name: 'api_tokens_user' });

  await qi.createTable('login_failures', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    // "account:<username>" or "address:<ip>".
    key: { type: DataTypes.STRING(200), allowNull: false },
    failed_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('login_failures', ['key', 'failed_at'], { name: 'login_failures_key_time' });
  await qi.addIndex('login_failures', ['failed_at'], { name: 'login_failures_time' });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('login_failures');
  await qi.dropTable('api_tokens');
  await qi.dropTable('delegations');
}
