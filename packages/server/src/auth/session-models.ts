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

export interface AuthModels {
  Session: ModelStatic<SessionRow>;
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
  return { Session };
}
