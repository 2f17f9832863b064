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
import type { NotifyEvent, WebhookKind } from '@flowhall/schema';
import type { Channel } from './notify-events';

export type OutboxStatus = 'pending' | 'done' | 'failed';
export type DeliveryStatus = 'sent' | 'failed' | 'skipped';

/** The outbox as the dispatcher sees it (the case writer only inserts; see cases/case-models). */
export interface OutboxEntryRow
  extends Model<InferAttributes<OutboxEntryRow>, InferCreationAttributes<OutboxEntryRow>> {
  id: CreationOptional<number>;
  kind: string;
  payload: string;
  status: CreationOptional<OutboxStatus>;
  attempts: CreationOptional<number>;
  nextAttemptAt: Date;
  lockedUntil: CreationOptional<Date | null>;
  lastError: CreationOptional<string | null>;
  finishedAt: CreationOptional<Date | null>;
  createdAt: Date;
}

export interface DeliveryRow
  extends Model<InferAttributes<DeliveryRow>, InferCreationAttributes<DeliveryRow>> {
  id: CreationOptional<number>;
  outboxId: number;
  channel: Channel;
  target: string;
  status: DeliveryStatus;
  error: string | null;
  createdAt: Date;
}

export interface NotificationRow
  extends Model<InferAttributes<NotificationRow>, InferCreationAttributes<NotificationRow>> {
  id: CreationOptional<number>;
  userId: number;
  outboxId: number;
  event: NotifyEvent;
  title: string;
  body: string;
  caseId: number | null;
  taskId: string | null;
  readAt: Date | null;
  createdAt: Date;
}

export interface PreferenceRow
  extends Model<InferAttributes<PreferenceRow>, InferCreationAttributes<PreferenceRow>> {
  userId: number;
  channels: string;
  updatedAt: Date;
}

export interface TemplateRow
  extends Model<InferAttributes<TemplateRow>, InferCreationAttributes<TemplateRow>> {
  event: NotifyEvent;
  subject: string;
  body: string;
  updatedBy: number | null;
  updatedAt: Date;
}

export interface WebhookEndpointRow
  extends Model<InferAttributes<WebhookEndpointRow>, InferCreationAttributes<WebhookEndpointRow>> {
  id: CreationOptional<number>;
  name: string;
  kind: WebhookKind;
  url: string;
  secret: string | null;
  events: string;
  enabled: boolean;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export interface NotificationModels {
  OutboxEntry: ModelStatic<OutboxEntryRow>;
  Delivery: ModelStatic<DeliveryRow>;
  Notification: ModelStatic<NotificationRow>;
  NotificationPreference: ModelStatic<PreferenceRow>;
  NotificationTemplate: ModelStatic<TemplateRow>;
  WebhookEndpoint: ModelStatic<WebhookEndpointRow>;
}

const plain = { underscored: true, timestamps: false };

export function defineNotificationModels(sequelize: Sequelize): NotificationModels {
  const OutboxEntry = sequelize.define<OutboxEntryRow>(
    'OutboxEntry',
    {
      id,
      kind: { type: DataTypes.STRING(40), allowNull: false },
      payload: { type: DataTypes.TEXT, allowNull: false },
      status: { type: DataTypes.STRING(20), allowNull: false, defaultValue: 'pending' },
      attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      nextAttemptAt: { type: DataTypes.DATE, allowNull: false },
      lockedUntil: DataTypes.DATE,
      lastError: DataTypes.TEXT,
      finishedAt: DataTypes.DATE,
      createdAt: { type: DataTypes.DATE, allowNull: false },
    },
    { ...plain, tableName: 'outbox' },
  );
  const Delivery = sequelize.define<DeliveryRow>(
    'Delivery',
    {
      id,
      outboxId: { type: DataTypes.INTEGER, allowNull: false },
      channel: { type: DataTypes.STRING(20), allowNull: false },
      target: { type: DataTypes.STRING(60), allowNull: false },
      status: { type: DataTypes.STRING(20), allowNull: false },
      error: DataTypes.TEXT,
      createdAt: { type: DataTypes.DATE, allowNull: false },
    },
    { ...plain, tableName: 'notification_deliveries' },
  );
  const Notification = sequelize.define<NotificationRow>(
    'Notification',
    {
      id,
      userId: { type: DataTypes.INTEGER, allowNull: false },
      outboxId: { type: DataTypes.INTEGER, allowNull: false },
      event: { type: DataTypes.STRING(20), allowNull: false },
      title: { type: DataTypes.STRING(300), allowNull: false },
      body: { type: DataTypes.TEXT, allowNull: false },
      caseId: DataTypes.INTEGER,
      taskId: DataTypes.STRING(64),
      readAt: DataTypes.DATE,
      createdAt: { type: DataTypes.DATE, allowNull: false },
    },
    { ...plain, tableName: 'notifications' },
  );
  const NotificationPreference = sequelize.define<PreferenceRow>(
    'NotificationPreference',
    {
      userId: { type: DataTypes.INTEGER, primaryKey: true },
      channels: { type: DataTypes.TEXT, allowNull: false },
      updatedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { ...plain, tableName: 'notification_preferences' },
  );
  const NotificationTemplate = sequelize.define<TemplateRow>(
    'NotificationTemplate',
    {
      event: { type: DataTypes.STRING(20), primaryKey: true },
      subject: { type: DataTypes.STRING(300), allowNull: false },
      body: { type: DataTypes.TEXT, allowNull: false },
      updatedBy: DataTypes.INTEGER,
      updatedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { ...plain, tableName: 'notification_templates' },
  );
  const WebhookEndpoint = sequelize.define<WebhookEndpointRow>(
    'WebhookEndpoint',
    {
      id,
      name: { type: DataTypes.STRING(100), allowNull: false },
      kind: { type: DataTypes.STRING(20), allowNull: false },
      url: { type: DataTypes.STRING(1000), allowNull: false },
      secret: DataTypes.STRING(200),
      events: { type: DataTypes.TEXT, allowNull: false },
      enabled: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { underscored: true, timestamps: true, tableName: 'webhook_endpoints' },
  );
  return {
    OutboxEntry,
    Delivery,
    Notification,
    NotificationPreference,
    NotificationTemplate,
    WebhookEndpoint,
  };
}
