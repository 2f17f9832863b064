import { DataTypes, QueryInterface } from 'sequelize';

// Notification delivery (issue 8): the outbox gets a lease and the last error; each (message,
// channel, target) delivery is recorded once under a unique key; in-app notifications, per-user
// preferences, administrator templates and webhook endpoints.

const at = (allowNull = false) => ({ type: DataTypes.DATE, allowNull });

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  // A claimed row is invisible to other dispatchers until its lease ends; a dead process's claim
  // therefore expires by itself and the row is taken up again (at-least-once).
  await qi.addColumn('outbox', 'locked_until', at(true));
  await qi.addColumn('outbox', 'last_error', { type: DataTypes.TEXT, allowNull: true });
  await qi.addColumn('outbox', 'finished_at', at(true));

  await qi.createTable('notification_deliveries', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    outbox_id: { type: DataTypes.INTEGER, allowNull: false },
    channel: { type: DataTypes.STRING(20), allowNull: false },
    // `user:<id>` for personal channels, `endpoint:<id>` for webhooks.
    target: { type: DataTypes.STRING(60), allowNull: false },
    status: { type: DataTypes.STRING(20), allowNull: false },
    error: { type: DataTypes.TEXT, allowNull: true },
    created_at: at(),
  });
  await qi.addIndex('notification_deliveries', ['outbox_id', 'channel', 'target'], {
    name: 'notification_deliveries_key',
    unique: true,
  });

  await qi.createTable('notifications', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    user_id: { type: DataTypes.INTEGER, allowNull: false },
    outbox_id: { type: DataTypes.INTEGER, allowNull: false },
    event: { type: DataTypes.STRING(20), allowNull: false },
    title: { type: DataTypes.STRING(300), allowNull: false },
    body: { type: DataTypes.TEXT, allowNull: false },
    case_id: { type: DataTypes.INTEGER, allowNull: true },
    task_id: { type: DataTypes.STRING(64), allowNull: true },
    read_at: at(true),
    created_at: at(),
  });
  await qi.addIndex('notifications', ['outbox_id', 'user_id'], { name: 'notifications_once', unique: true });
  // The list (newest first, keyset on id) and the unread count are index range scans.
  await qi.addIndex('notifications', ['user_id', 'id'], { name: 'notifications_user_id' });
  await qi.addIndex('notifications', ['user_id', 'read_at'], { name: 'notifications_user_unread' });

  await qi.createTable('notification_preferences', {
    user_id: { type: DataTypes.INTEGER, primaryKey: true },
    // JSON: { [event]: channel[] }; events absent use the defaults.
    channels: { type: DataTypes.TEXT, allowNull: false },
    updated_at: at(),
  });

  await qi.createTable('notification_templates', {
    event: { type: DataTypes.STRING(20), primaryKey: true },
    subject: { type: DataTypes.STRING(300), allowNull: false },
    body: { type: DataTypes.TEXT, allowNull: false },
    updated_by: { type: DataTypes.INTEGER, allowNull: true },
    updated_at: at(),
  });

  await qi.createTable('webhook_endpoints', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    name: { type: DataTypes.STRING(100), allowNull: false },
    kind: { type: DataTypes.STRING(20), allowNull: false },
    url: { type: DataTypes.STRING(1000), allowNull: false },
    secret: { type: DataTypes.STRING(200), allowNull: true },
    // JSON array of events; empty means all.
    events: { type: DataTypes.TEXT, allowNull: false },
    enabled: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
    created_at: at(),
    updated_at: at(),
  });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  for (const table of [
    'webhook_endpoints',
    'notification_templates',
    'notification_preferences',
    'notifications',
    'notification_deliveries',
  ]) {
    await qi.dropTable(table);
  }
  await qi.removeColumn('outbox', 'finished_at');
  await qi.removeColumn('outbox', 'last_error');
  await qi.removeColumn('outbox', 'locked_until');
}
