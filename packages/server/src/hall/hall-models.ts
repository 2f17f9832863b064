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

export interface HallModels {
  HallService: ModelStatic<HallServiceRow>;
}

export function defineHallModels(sequelize: Sequelize): HallModels {
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
  return { HallService };
}
