/** The public guide and catalog (SPEC M5): what other modules and the application use. */
export { CatalogResolver } from './catalog.resolver.js';
export { CatalogEntryResolver } from './catalog-entry.resolver.js';
export { CatalogEntry } from './catalog-entry.entity.js';
export { publishToCatalog, type CatalogPublication } from './use-cases/publish-to-catalog.js';
export {
  onCatalogEntryWithdrawn,
  type CatalogWithdrawalListener,
} from './use-cases/withdraw-catalog-entry.js';
export { findCatalogEntriesOfSubject, findPublicCatalogEntries, findPublicCatalogEntry } from './catalog-entry.queries.js';
export { PublicCatalogEntry, PublicCatalogEntryPage } from './catalog-entry.public.js';
export { AnonymousReadLimiter } from './anonymous-read-limit.js';
export { servePublicFile } from './public-files.js';
