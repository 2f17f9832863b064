import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';
import { common, stamps } from '../db/model-helpers';

export interface SessionRow extends Model<InferAttributes<SessionRow>, InferCreationAttributes<SessionRow>> {
  id: string;
  userId: number;
  csrfToken: string;
  expiresAt: Date;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export interface ApiTokenRow
  extends Model<InferAttributes<ApiTokenRow>, InferCreationAttributes<ApiTokenRow>> {
  id: CreationOptional<number>;
  userId: number;
  name: string;
  tokenHash: string;
  expiresAt: Date;
  lastUsedAt: Date | null;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export interface LoginFailureRow
  extends Model<InferAttributes<LoginFailureRow>, InferCreationAttributes<LoginFailureRow>> {
  id: CreationOptional<number>;
  key: string;
  failedAt: Date;
}

export interface AuthModels {
  Session: ModelStatic<SessionRow>;
  ApiToken: ModelStatic<ApiTokenRow>;
  LoginFailure: ModelStatic<LoginFailureRow>;
}

export function defineAuthModels(sequelize: Sequelize): AuthModels {
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
  const ApiToken = sequelize.define<ApiTokenRow>(
    'ApiToken',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      userId: { type: DataTypes.INTEGER, allowNull: false },
      name: { type: DataTypes.STRING(100), allowNull: false },
      tokenHash: { type: DataTypes.STRING(64), allowNull: false },
      expiresAt: { type: DataTypes.DATE, allowNull: false },
      lastUsedAt: DataTypes.DATE,
      ...stamps,
    },
    { ...common, tableName: 'api_tokens' },
  );
  const LoginFailure = sequelize.define<LoginFailureRow>(
    'LoginFailure',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      key: { type: DataTypes.STRING(200), allowNull: false },
      failedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { underscored: true, timestamps: false, tableName: 'login_failures' },
  );
  return { Session, ApiToken, LoginFailure };
}
