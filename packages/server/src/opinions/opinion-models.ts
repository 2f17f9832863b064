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

export interface CommonOpinionRow
  extends Model<InferAttributes<CommonOpinionRow>, InferCreationAttributes<CommonOpinionRow>> {
  id: CreationOptional<number>;
  userId: number;
  text: string;
  sortOrder: CreationOptional<number>;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export interface OpinionModels {
  CommonOpinion: ModelStatic<CommonOpinionRow>;
}

export function defineOpinionModels(sequelize: Sequelize): OpinionModels {
  const CommonOpinion = sequelize.define<CommonOpinionRow>(
    'CommonOpinion',
    {
      id,
      userId: { type: DataTypes.INTEGER, allowNull: false },
      text: { type: DataTypes.STRING(200), allowNull: false },
      sortOrder: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      ...stamps,
    },
    { ...common, tableName: 'common_opinions' },
  );
  return { CommonOpinion };
}
