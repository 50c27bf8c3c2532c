export {clean} from './clean.js'
export type {CleanOptions, Favor} from './options.js'
export {CATEGORIES} from './types.js'
export type {Block, Category, CleanResult, DuplicateRef, Format, HtmlBlock, HtmlCleanResult, Language, Point, Position} from './types.js'
export {DechromeError, InputError, OptionsError, UnsupportedError} from './errors.js'
export {createDeduplicator, DEDUP_DEFAULTS, SnapshotError, StorageError} from './dedup/index.js'
export type {
  Deduplicator,
  DedupBlock,
  DedupInput,
  DedupOptions,
  DedupResult,
  DedupStats,
  DedupStorage,
  DuplicateKind,
} from './dedup/index.js'
