// Messages of the seal plugin's pages: registry, ledgers, letters and their public verification. Chinese first; enUS must have every key of zhCN (the type checks it).
export const zhCN = {};

export const enUS: typeof zhCN = {};
