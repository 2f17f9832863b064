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

import type { ServiceMode, ServiceStatus } from '@flowhall/schema';

export type { ServiceMode, ServiceStatus };

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
  ratingCount: CreationOptional<number>;
  ratingSum: CreationOptional<number>;
  definitionKey: CreationOptional<string | null>;
  guide: CreationOptional<string | null>;
  guideEn: CreationOptional<string | null>;
  /** JSON text: `[{ fileId, name }]`. */
  attachments: CreationOptional<string | null>;
  offlineLocation: CreationOptional<string | null>;
  contact: CreationOptional<string | null>;
  updatedBy: CreationOptional<number | null>;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export interface FavouriteRow
  extends Model<InferAttributes<FavouriteRow>, InferCreationAttributes<FavouriteRow>> {
  id: CreationOptional<number>;
  userId: number;
  serviceId: number;
  createdAt: CreationOptional<Date>;
}

/** A finished case's rating by its applicant (R5, R29); one per case. */
export interface CaseRatingRow
  extends Model<InferAttributes<CaseRatingRow>, InferCreationAttributes<CaseRatingRow>> {
  id: CreationOptional<number>;
  caseId: number;
  definitionKey: string;
  userId: number;
  stars: number;
  comment: string | null;
  createdAt: Date;
}

export interface HallModels {
  HallService: ModelStatic<HallServiceRow>;
  Favourite: ModelStatic<FavouriteRow>;
  CaseRating: ModelStatic<CaseRatingRow>;
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
      ratingCount: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      ratingSum: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      definitionKey: DataTypes.STRING(64),
      guide: DataTypes.TEXT,
      guideEn: DataTypes.TEXT,
      attachments: DataTypes.TEXT,
      offlineLocation: DataTypes.STRING(500),
      contact: DataTypes.STRING(200),
      updatedBy: DataTypes.INTEGER,
      ...stamps,
    },
    { ...common, tableName: 'hall_services' },
  );
  const Favourite = sequelize.define<FavouriteRow>(
    'Favourite',
    {
      id,
      userId: { type: DataTypes.INTEGER, allowNull: false },
      serviceId: { type: DataTypes.INTEGER, allowNull: false },
      createdAt: DataTypes.DATE,
    },
    { ...common, updatedAt: false, tableName: 'favourites' },
  );
  const CaseRating = sequelize.define<CaseRatingRow>(
    'CaseRating',
    {
      id,
      caseId: { type: DataTypes.INTEGER, allowNull: false },
      definitionKey: { type: DataTypes.STRING(64), allowNull: false },
      userId: { type: DataTypes.INTEGER, allowNull: false },
      stars: { type: DataTypes.INTEGER, allowNull: false },
      comment: DataTypes.STRING(500),
      createdAt: { type: DataTypes.DATE, allowNull: false },
    },
    { underscored: true, timestamps: false, tableName: 'case_ratings' },
  );
  return { HallService, Favourite, CaseRating };
}
