import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';
import { common, id, stamps } from '../db/model-helpers';

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

/** Out of office: `delegateUserId` acts for `userId` from `startsAt` (inclusive) to `endsAt` (exclusive). */
export interface DelegationRow
  extends Model<InferAttributes<DelegationRow>, InferCreationAttributes<DelegationRow>> {
  id: CreationOptional<number>;
  userId: number;
  delegateUserId: number;
  startsAt: Date;
  endsAt: Date;
  reason: string | null;
  createdAt: CreationOptional<Date>;
}

export interface OrgModels {
  Department: ModelStatic<DepartmentRow>;
  User: ModelStatic<UserRow>;
  Role: ModelStatic<RoleRow>;
  RoleHolder: ModelStatic<RoleHolderRow>;
  Delegation: ModelStatic<DelegationRow>;
}

export function defineOrgModels(sequelize: Sequelize): OrgModels {
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
  const Delegation = sequelize.define<DelegationRow>(
    'Delegation',
    {
      id,
      userId: { type: DataTypes.INTEGER, allowNull: false },
      delegateUserId: { type: DataTypes.INTEGER, allowNull: false },
      startsAt: { type: DataTypes.DATE, allowNull: false },
      endsAt: { type: DataTypes.DATE, allowNull: false },
      reason: DataTypes.STRING(200),
      createdAt: DataTypes.DATE,
    },
    { ...common, updatedAt: false, tableName: 'delegations' },
  );
  return { Department, User, Role, RoleHolder, Delegation };
}
