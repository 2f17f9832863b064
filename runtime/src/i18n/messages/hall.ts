// Messages of the hall home, the service page, the lists (to-do, done, CC, mine, supervised), the profile. Chinese first; enUS must have every key of zhCN (the type checks it).
export const zhCN = {};

export const enUS: typeof zhCN = {};
