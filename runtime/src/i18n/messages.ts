import * as admin from './messages/admin';
import * as apply from './messages/apply';
import * as core from './messages/core';
import * as hall from './messages/hall';
import * as notify from './messages/notify';
import * as seal from './messages/seal';

// One dictionary per area of the app (messages/*.ts), merged here; keys must be unique across areas.
export const zhCN = {
  ...core.zhCN,
  ...apply.zhCN,
  ...hall.zhCN,
  ...seal.zhCN,
  ...admin.zhCN,
  ...notify.zhCN,
};

export type Messages = typeof zhCN;

export const enUS: Messages = {
  ...core.enUS,
  ...apply.enUS,
  ...hall.enUS,
  ...seal.enUS,
  ...admin.enUS,
  ...notify.enUS,
};
