/** Reading a publication page (DESIGN.md `lib/page`): the public surface of the folder. */
export { readPage, describeDocument, wantsMetadataXml, type PageProblem, type PageReading } from './read-page';
export { readAddress, type AddressInfo } from './publication-id';
export { buildTextIndex, type TextIndex, type Segment, type NoteMarker } from './text-index';
export { toDomPosition, toTextOffset, type DomPosition } from './text-position';
export { fetchMetadataXml, parseMetadataXml, readMetaTags, mergeMetadata, MetadataError, type Metadata } from './metadata';
export type * from '@/lib/model/report';
