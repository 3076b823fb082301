export * from './enums.ts';
export * from './sources.ts';
export * from './places.ts';
export * from './strategy.ts';
export * from './partnerships.ts';
export * from './activities.ts';
export * from './accounts.ts';
export * from './workbench.ts';
