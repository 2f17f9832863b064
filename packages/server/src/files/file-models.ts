import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';
import { common } from '../db/model-helpers';

export interface FileRow extends Model<InferAttributes<FileRow>, InferCreationAttributes<FileRow>> {
  id: string;
  ownerUserId: number;
  caseId: CreationOptional<number | null>;
  field: string | null;
  originalName: string;
  /** Path under DATA_DIR/uploads, e.g. `2026/03/<id>`. */
  storedName: string;
  mime: string;
  size: number;
  sha256: string;
  createdAt: CreationOptional<Date>;
}

export interface FileModels {
  StoredFile: ModelStatic<FileRow>;
}

export function defineFileModels(sequelize: Sequelize): FileModels {
  const StoredFile = sequelize.define<FileRow>(
    'StoredFile',
    {
      id: { type: DataTypes.STRING(32), primaryKey: true },
      ownerUserId: { type: DataTypes.INTEGER, allowNull: false },
      caseId: DataTypes.INTEGER,
      field: DataTypes.STRING(200),
      originalName: { type: DataTypes.STRING(255), allowNull: false },
      storedName: { type: DataTypes.STRING(100), allowNull: false },
      mime: { type: DataTypes.STRING(100), allowNull: false },
      size: { type: DataTypes.INTEGER, allowNull: false },
      sha256: { type: DataTypes.STRING(64), allowNull: false },
      createdAt: DataTypes.DATE,
    },
    { ...common, updatedAt: false, tableName: 'files' },
  );
  return { StoredFile };
}
