import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

// Models are defined per Sequelize instance (sequelize.define), not as module-level classes bound
// by Model.init, so two instances (tests, tools) never share hidden state.

export type Identity = 'staff' | 'undergraduate' | 'postgraduate' | 'other';
export const IDENTITIES: readonly Identity[] = ['staff', 'undergraduate', 'postgraduate', 'other'];

export interface DepartmentRow
  extends Model<InferAttributes<DepartmentRow>, InferCreationAttributes<DepartmentRow>> {
  id: CreationOptional<number>;
  code: string;
  name: string;
  nameEn: string | null;
  parentId: number | null;
  sortOrder: CreationOptional<number>;
  headUserId: number | null;
  leaderInChargeUserId: number | null;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export interface UserRow extends Model<InferAttributes<UserRow>, InferCreationAttributes<UserRow>> {
  id: CreationOptional<number>;
  username: string;
  displayName: string;
  passwordHash: string;
  departmentId: number | null;
  identity: Identity;
  staffNo: string | null;
  title: string | null;
  phone: string | null;
  email: string | null;
  active: CreationOptional<boolean>;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export interface RoleRow extends Model<InferAttributes<RoleRow>, InferCreationAttributes<RoleRow>> {
  id: CreationOptional<number>;
  key: string;
  name: string;
  nameEn: string | null;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export interface RoleHolderRow
  extends Model<InferAttributes<RoleHolderRow>, InferCreationAttributes<RoleHolderRow>> {
  id: CreationOptional<number>;
  roleId: number;
  userId: number;
  departmentId: number | null;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export interface SessionRow extends Model<InferAttributes<SessionRow>, InferCreationAttributes<SessionRow>> {
  id: string;
  userId: number;
  csrfToken: string;
  expiresAt: Date;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export type ServiceMode = 'online' | 'offline' | 'self-service';
export type ServiceStatus = 'published' | 'hidden';

export interface HallServiceRow
  extends Model<InferAttributes<HallServiceRow>, InferCreationAttributes<HallServiceRow>> {
  id: CreationOptional<number>;
  key: string;
  name: string;
  nameEn: string | null;
  summary: string | null;
  category: string | null;
  theme: string | null;
  departmentId: number | null;
  audience: CreationOptional<string>;
  mode: CreationOptional<ServiceMode>;
  status: CreationOptional<ServiceStatus>;
  pinned: CreationOptional<boolean>;
  sortOrder: CreationOptional<number>;
  visits: CreationOptional<number>;
  handled: CreationOptional<number>;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export interface Models {
  Department: ModelStatic<DepartmentRow>;
  User: ModelStatic<UserRow>;
  Role: ModelStatic<RoleRow>;
  RoleHolder: ModelStatic<RoleHolderRow>;
  Session: ModelStatic<SessionRow>;
  HallService: ModelStatic<HallServiceRow>;
}

const id = { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true };
const stamps = { createdAt: DataTypes.DATE, updatedAt: DataTypes.DATE };
const common = { underscored: true, timestamps: true };

export function defineModels(sequelize: Sequelize): Models {
  const Department = sequelize.define<DepartmentRow>(
    'Department',
    {
      id,
      code: { type: DataTypes.STRING(64), allowNull: false },
      name: { type: DataTypes.STRING(200), allowNull: false },
      nameEn: DataTypes.STRING(200),
      parentId: DataTypes.INTEGER,
      sortOrder: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      headUserId: DataTypes.INTEGER,
      leaderInChargeUserId: DataTypes.INTEGER,
      ...stamps,
    },
    { ...common, tableName: 'departments' },
  );
  const User = sequelize.define<UserRow>(
    'User',
    {
      id,
      username: { type: DataTypes.STRING(64), allowNull: false },
      displayName: { type: DataTypes.STRING(100), allowNull: false },
      passwordHash: { type: DataTypes.STRING(100), allowNull: false },
      departmentId: DataTypes.INTEGER,
      identity: { type: DataTypes.STRING(20), allowNull: false },
      staffNo: DataTypes.STRING(32),
      title: DataTypes.STRING(100),
      phone: DataTypes.STRING(32),
      email: DataTypes.STRING(200),
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      ...stamps,
    },
    { ...common, tableName: 'users' },
  );
  const Role = sequelize.define<RoleRow>(
    'Role',
    {
      id,
      key: { type: DataTypes.STRING(64), allowNull: false },
      name: { type: DataTypes.STRING(100), allowNull: false },
      nameEn: DataTypes.STRING(100),
      ...stamps,
    },
    { ...common, tableName: 'roles' },
  );
  const RoleHolder = sequelize.define<RoleHolderRow>(
    'RoleHolder',
    {
      id,
      roleId: { type: DataTypes.INTEGER, allowNull: false },
      userId: { type: DataTypes.INTEGER, allowNull: false },
      departmentId: DataTypes.INTEGER,
      ...stamps,
    },
    { ...common, tableName: 'role_holders' },
  );
  const Session = sequelize.define<SessionRow>(
    'Session',
    {
      id: { type: DataTypes.STRING(64), primaryKey: true },
      userId: { type: DataTypes.INTEGER, allowNull: false },
      csrfToken: { type: DataTypes.STRING(64), allowNull: false },
      expiresAt: { type: DataTypes.DATE, allowNull: false },
      ...stamps,
    },
    { ...common, tableName: 'sessions' },
  );
  const HallService = sequelize.define<HallServiceRow>(
    'HallService',
    {
      id,
      key: { type: DataTypes.STRING(64), allowNull: false },
      name: { type: DataTypes.STRING(200), allowNull: false },
      nameEn: DataTypes.STRING(200),
      summary: DataTypes.TEXT,
      category: DataTypes.STRING(100),
      theme: DataTypes.STRING(100),
      departmentId: DataTypes.INTEGER,
      audience: { type: DataTypes.STRING(200), allowNull: false, defaultValue: 'staff' },
      mode: { type: DataTypes.STRING(20), allowNull: false, defaultValue: 'online' },
      status: { type: DataTypes.STRING(20), allowNull: false, defaultValue: 'published' },
      pinned: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
      sortOrder: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      visits: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      handled: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      ...stamps,
    },
    { ...common, tableName: 'hall_services' },
  );
  return { Department, User, Role, RoleHolder, Session, HallService };
}
