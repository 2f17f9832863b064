import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';
import { id } from '../db/model-helpers';

export interface AuditEntryRow
  extends Model<InferAttributes<AuditEntryRow>, InferCreationAttributes<AuditEntryRow>> {
  id: CreationOptional<number>;
  stream: string;
  seq: number;
  actorUserId: number | null;
  action: string;
  subjectType: string;
  subjectId: string;
  /** Canonical JSON text. */
  data: string;
  at: Date;
  prevHash: string;
  hash: string;
}

export interface AuditCheckpointRow
  extends Model<InferAttributes<AuditCheckpointRow>, InferCreationAttributes<AuditCheckpointRow>> {
  id: CreationOptional<number>;
  at: Date;
  maxEntryId: number;
  headsHash: string;
  streamCount: number;
}

export interface AuditModels {
  AuditEntry: ModelStatic<AuditEntryRow>;
  AuditCheckpoint: ModelStatic<AuditCheckpointRow>;
}

// Both tables carry their own `at` and are never updated, so no Sequelize timestamps.
const options = { underscored: true, timestamps: false };

export function defineAuditModels(sequelize: Sequelize): AuditModels {
  const AuditEntry = sequelize.define<AuditEntryRow>(
    'AuditEntry',
    {
      id,
      stream: { type: DataTypes.STRING(100), allowNull: false },
      seq: { type: DataTypes.INTEGER, allowNull: false },
      actorUserId: DataTypes.INTEGER,
      action: { type: DataTypes.STRING(100), allowNull: false },
      subjectType: { type: DataTypes.STRING(50), allowNull: false },
      subjectId: { type: DataTypes.STRING(100), allowNull: false },
      data: { type: DataTypes.TEXT, allowNull: false },
      at: { type: DataTypes.DATE, allowNull: false },
      prevHash: { type: DataTypes.STRING(64), allowNull: false },
      hash: { type: DataTypes.STRING(64), allowNull: false },
    },
    { ...options, tableName: 'audit_entries' },
  );
  const AuditCheckpoint = sequelize.define<AuditCheckpointRow>(
    'AuditCheckpoint',
    {
      id,
      at: { type: DataTypes.DATE, allowNull: false },
      maxEntryId: { type: DataTypes.INTEGER, allowNull: false },
      headsHash: { type: DataTypes.STRING(64), allowNull: false },
      streamCount: { type: DataTypes.INTEGER, allowNull: false },
    },
    { ...options, tableName: 'audit_checkpoints' },
  );
  return { AuditEntry, AuditCheckpoint };
}
