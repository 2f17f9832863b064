// Messages of notifications (the bell and the list) and statistics. Chinese first; enUS must have every key of zhCN (the type checks it).
export const zhCN = {};

export const enUS: typeof zhCN = {};
