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

export interface DefinitionRow
  extends Model<InferAttributes<DefinitionRow>, InferCreationAttributes<DefinitionRow>> {
  id: CreationOptional<number>;
  key: string;
  name: string;
  category: string | null;
  draft: string | null;
  draftRevision: CreationOptional<number>;
  draftUpdatedBy: number | null;
  draftUpdatedAt: Date | null;
  latestVersion: CreationOptional<number>;
  source: CreationOptional<string>;
  baselineVersion: number | null;
  /** A newer plugin baseline (JSON) waiting for an administrator to adopt or dismiss. */
  offeredBaseline: CreationOptional<string | null>;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export interface DefinitionVersionRow
  extends Model<InferAttributes<DefinitionVersionRow>, InferCreationAttributes<DefinitionVersionRow>> {
  id: CreationOptional<number>;
  definitionKey: string;
  version: number;
  body: string;
  changeNote: string | null;
  publishedBy: number | null;
  publishedAt: Date;
}

export interface DefinitionModels {
  Definition: ModelStatic<DefinitionRow>;
  DefinitionVersion: ModelStatic<DefinitionVersionRow>;
}

export function defineDefinitionModels(sequelize: Sequelize): DefinitionModels {
  const Definition = sequelize.define<DefinitionRow>(
    'Definition',
    {
      id,
      key: { type: DataTypes.STRING(64), allowNull: false },
      name: { type: DataTypes.STRING(200), allowNull: false },
      category: DataTypes.STRING(100),
      draft: DataTypes.TEXT,
      draftRevision: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      draftUpdatedBy: DataTypes.INTEGER,
      draftUpdatedAt: DataTypes.DATE,
      latestVersion: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      source: { type: DataTypes.STRING(100), allowNull: false, defaultValue: 'local' },
      baselineVersion: DataTypes.INTEGER,
      offeredBaseline: DataTypes.TEXT,
      ...stamps,
    },
    { ...common, tableName: 'definitions' },
  );
  const DefinitionVersion = sequelize.define<DefinitionVersionRow>(
    'DefinitionVersion',
    {
      id,
      definitionKey: { type: DataTypes.STRING(64), allowNull: false },
      version: { type: DataTypes.INTEGER, allowNull: false },
      body: { type: DataTypes.TEXT, allowNull: false },
      changeNote: DataTypes.STRING(500),
      publishedBy: DataTypes.INTEGER,
      publishedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { underscored: true, timestamps: false, tableName: 'definition_versions' },
  );
  return { Definition, DefinitionVersion };
}
