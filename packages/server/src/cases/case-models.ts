import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';
import type { CaseImportance } from '@flowhall/schema';
import { common, id, stamps } from '../db/model-helpers';

export type { CaseImportance };

export type CaseStatusColumn = 'draft' | 'running' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
export type TaskStatusColumn = 'pending' | 'queued' | 'done' | 'canceled';

export interface CaseRow extends Model<InferAttributes<CaseRow>, InferCreationAttributes<CaseRow>> {
  id: CreationOptional<number>;
  definitionKey: string;
  definitionVersion: number;
  definitionName: string;
  applicantId: number;
  applicantName: string;
  applicantDeptId: number | null;
  status: CaseStatusColumn;
  serialNo: string | null;
  currentStep: string | null;
  /** Share of the flow done (progressOf), kept with every transition for the lists. */
  progress: CreationOptional<number>;
  importance: CreationOptional<CaseImportance>;
  state: string;
  lockVersion: CreationOptional<number>;
  submittedAt: Date | null;
  finishedAt: Date | null;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export interface TaskRow extends Model<InferAttributes<TaskRow>, InferCreationAttributes<TaskRow>> {
  id: string;
  caseId: number;
  nodeId: string;
  nodeName: string;
  kind: string;
  assigneeId: number;
  status: TaskStatusColumn;
  action: string | null;
  opinion: string | null;
  actedBy: number | null;
  dueAt: Date | null;
  urgedAt: Date | null;
  doneAt: Date | null;
  createdAt: Date;
  updatedAt: CreationOptional<Date>;
}

export interface CaseCcRow extends Model<InferAttributes<CaseCcRow>, InferCreationAttributes<CaseCcRow>> {
  id: CreationOptional<number>;
  caseId: number;
  nodeId: string;
  userId: number;
  readAt: Date | null;
  createdAt: Date;
}

export interface CaseStampRow
  extends Model<InferAttributes<CaseStampRow>, InferCreationAttributes<CaseStampRow>> {
  id: CreationOptional<number>;
  caseId: number;
  nodeId: string;
  taskId: string;
  userId: number;
  departmentId: number | null;
  createdAt: Date;
}

export interface OutboxRow extends Model<InferAttributes<OutboxRow>, InferCreationAttributes<OutboxRow>> {
  id: CreationOptional<number>;
  kind: string;
  payload: string;
  status: CreationOptional<string>;
  attempts: CreationOptional<number>;
  nextAttemptAt: Date;
  createdAt: Date;
}

export interface IdempotencyKeyRow
  extends Model<InferAttributes<IdempotencyKeyRow>, InferCreationAttributes<IdempotencyKeyRow>> {
  id: CreationOptional<number>;
  userId: number;
  key: string;
  fingerprint: string;
  status: number;
  response: string;
  createdAt: Date;
}

export interface CaseModels {
  Case: ModelStatic<CaseRow>;
  Task: ModelStatic<TaskRow>;
  CaseCc: ModelStatic<CaseCcRow>;
  CaseStamp: ModelStatic<CaseStampRow>;
  Outbox: ModelStatic<OutboxRow>;
  IdempotencyKey: ModelStatic<IdempotencyKeyRow>;
}

const noUpdatedAt = { underscored: true, timestamps: false };

export function defineCaseModels(sequelize: Sequelize): CaseModels {
  const Case = sequelize.define<CaseRow>(
    'Case',
    {
      id,
      definitionKey: { type: DataTypes.STRING(64), allowNull: false },
      definitionVersion: { type: DataTypes.INTEGER, allowNull: false },
      definitionName: { type: DataTypes.STRING(200), allowNull: false },
      applicantId: { type: DataTypes.INTEGER, allowNull: false },
      applicantName: { type: DataTypes.STRING(100), allowNull: false },
      applicantDeptId: DataTypes.INTEGER,
      status: { type: DataTypes.STRING(20), allowNull: false },
      serialNo: DataTypes.STRING(64),
      currentStep: DataTypes.STRING(500),
      progress: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      importance: { type: DataTypes.STRING(10), allowNull: false, defaultValue: 'normal' },
      state: { type: DataTypes.TEXT, allowNull: false },
      lockVersion: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      submittedAt: DataTypes.DATE,
      finishedAt: DataTypes.DATE,
      ...stamps,
    },
    { ...common, tableName: 'cases' },
  );
  const Task = sequelize.define<TaskRow>(
    'Task',
    {
      id: { type: DataTypes.STRING(64), primaryKey: true },
      caseId: { type: DataTypes.INTEGER, allowNull: false },
      nodeId: { type: DataTypes.STRING(64), allowNull: false },
      nodeName: { type: DataTypes.STRING(200), allowNull: false },
      kind: { type: DataTypes.STRING(20), allowNull: false },
      assigneeId: { type: DataTypes.INTEGER, allowNull: false },
      status: { type: DataTypes.STRING(20), allowNull: false },
      action: DataTypes.STRING(20),
      opinion: DataTypes.TEXT,
      actedBy: DataTypes.INTEGER,
      dueAt: DataTypes.DATE,
      urgedAt: DataTypes.DATE,
      doneAt: DataTypes.DATE,
      // createdAt is the engine's time of the task, not the row's insert time.
      createdAt: { type: DataTypes.DATE, allowNull: false },
      updatedAt: DataTypes.DATE,
    },
    { underscored: true, timestamps: true, createdAt: false, tableName: 'tasks' },
  );
  const CaseCc = sequelize.define<CaseCcRow>(
    'CaseCc',
    {
      id,
      caseId: { type: DataTypes.INTEGER, allowNull: false },
      nodeId: { type: DataTypes.STRING(64), allowNull: false },
      userId: { type: DataTypes.INTEGER, allowNull: false },
      readAt: DataTypes.DATE,
      createdAt: { type: DataTypes.DATE, allowNull: false },
    },
    { ...noUpdatedAt, tableName: 'case_ccs' },
  );
  const CaseStamp = sequelize.define<CaseStampRow>(
    'CaseStamp',
    {
      id,
      caseId: { type: DataTypes.INTEGER, allowNull: false },
      nodeId: { type: DataTypes.STRING(64), allowNull: false },
      taskId: { type: DataTypes.STRING(64), allowNull: false },
      userId: { type: DataTypes.INTEGER, allowNull: false },
      departmentId: DataTypes.INTEGER,
      createdAt: { type: DataTypes.DATE, allowNull: false },
    },
    { ...noUpdatedAt, tableName: 'case_stamps' },
  );
  const Outbox = sequelize.define<OutboxRow>(
    'Outbox',
    {
      id,
      kind: { type: DataTypes.STRING(40), allowNull: false },
      payload: { type: DataTypes.TEXT, allowNull: false },
      status: { type: DataTypes.STRING(20), allowNull: false, defaultValue: 'pending' },
      attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      nextAttemptAt: { type: DataTypes.DATE, allowNull: false },
      createdAt: { type: DataTypes.DATE, allowNull: false },
    },
    { ...noUpdatedAt, tableName: 'outbox' },
  );
  const IdempotencyKey = sequelize.define<IdempotencyKeyRow>(
    'IdempotencyKey',
    {
      id,
      userId: { type: DataTypes.INTEGER, allowNull: false },
      key: { type: DataTypes.STRING(200), allowNull: false },
      fingerprint: { type: DataTypes.STRING(64), allowNull: false },
      status: { type: DataTypes.INTEGER, allowNull: false },
      response: { type: DataTypes.TEXT, allowNull: false },
      createdAt: { type: DataTypes.DATE, allowNull: false },
    },
    { ...noUpdatedAt, tableName: 'idempotency_keys' },
  );
  return { Case, Task, CaseCc, CaseStamp, Outbox, IdempotencyKey };
}
