export {clean} from './clean.js'
export {cleanMany} from './batch/cleanMany.js'
export type {BatchInput, CleanManyOptions, CleanManyResult, RecordId} from './batch/cleanMany.js'
export type {CleanOptions, Favor, Output} from './options.js'
export type {Metadata, MetadataSources} from './metadata/index.js'
export {CATEGORIES} from './types.js'
export type {Block, Category, CleanResult, ErrorInfo, DuplicateRef, Format, HtmlBlock, HtmlCleanResult, Language, Point, Position} from './types.js'
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
export {createSiteTemplates, TEMPLATE_DEFAULTS} from './templates/index.js'
export type {BlockSighting, SiteRecord, SiteTemplates, SiteTemplatesOptions, TemplateStats, TemplateStorage} from './templates/index.js'
