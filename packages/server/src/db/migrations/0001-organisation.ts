import { DataTypes, QueryInterface } from 'sequelize';

// The organisation: departments (a tree with a head and a leader in charge), users, roles held
// globally or within a department, and login sessions.

const timestamps = {
  created_at: { type: DataTypes.DATE, allowNull: false },
  updated_at: { type: DataTypes.DATE, allowNull: false },
};

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('departments', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    code: { type: DataTypes.STRING(64), allowNull: false, unique: true },
    name: { type: DataTypes.STRING(200), allowNull: false },
    name_en: { type: DataTypes.STRING(200), allowNull: true },
    parent_id: { type: DataTypes.INTEGER, allowNull: true, references: { model: 'departments', key: 'id' } },
    sort_order: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    // Heads and leaders point at users; the users table does not exist yet, so the
    // references are plain integers checked by the application.
    head_user_id: { type: DataTypes.INTEGER, allowNull: true },
    leader_in_charge_user_id: { type: DataTypes.INTEGER, allowNull: true },
    ...timestamps,
  });
  await qi.addIndex('departments', ['parent_id', 'sort_order'], { name: 'departments_parent_sort' });

  await qi.createTable('users', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    username: { type: DataTypes.STRING(64), allowNull: false, unique: true },
    display_name: { type: DataTypes.STRING(100), allowNull: false },
    password_hash: { type: DataTypes.STRING(100), allowNull: false },
    department_id: {
      type: DataTypes.INTEGER,
      allowNull: true,
      references: { model: 'departments', key: 'id' },
    },
    identity: { type: DataTypes.STRING(20), allowNull: false, defaultValue: 'staff' },
    staff_no: { type: DataTypes.STRING(32), allowNull: true },
    title: { type: DataTypes.STRING(100), allowNull: true },
    phone: { type: DataTypes.STRING(32), allowNull: true },
    email: { type: DataTypes.STRING(200), allowNull: true },
    active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
    ...timestamps,
  });
  await qi.addIndex('users', ['department_id'], { name: 'users_department' });

  await qi.createTable('roles', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    key: { type: DataTypes.STRING(64), allowNull: false, unique: true },
    name: { type: DataTypes.STRING(100), allowNull: false },
    name_en: { type: DataTypes.STRING(100), allowNull: true },
    ...timestamps,
  });

  await qi.createTable('role_holders', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    role_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'roles', key: 'id' } },
    user_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'users', key: 'id' } },
    // Null means the role is held for the whole organisation.
    department_id: {
      type: DataTypes.INTEGER,
      allowNull: true,
      references: { model: 'departments', key: 'id' },
    },
    ...timestamps,
  });
  await qi.addIndex('role_holders', ['role_id', 'department_id'], { name: 'role_holders_role_dept' });
  await qi.addIndex('role_holders', ['user_id'], { name: 'role_holders_user' });

  await qi.createTable('sessions', {
    // SHA-256 of the token: a leaked table does not leak usable sessions.
    id: { type: DataTypes.STRING(64), primaryKey: true },
    user_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'users', key: 'id' } },
    csrf_token: { type: DataTypes.STRING(64), allowNull: false },
    expires_at: { type: DataTypes.DATE, allowNull: false },
    ...timestamps,
  });
  await qi.addIndex('sessions', ['user_id'], { name: 'sessions_user' });
  await qi.addIndex('sessions', ['expires_at'], { name: 'sessions_expires' });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('sessions');
  await qi.dropTable('role_holders');
  await qi.dropTable('roles');
  await qi.dropTable('users');
  await qi.dropTable('departments');
}
