/**
 * Actors of a document: the rules' candidates merged into one entity per actor.
 */
import type { Actor, Letter } from '../../page/report';
import type { Tokens } from '../tokens';
import { mergeCandidates } from './merge';
import { scanActors, type ScanContext } from './scanner';

/** Finds the actors in the tokens of a document. */
export function findActors(tokens: Tokens, context: ScanContext & { letters: readonly Letter[] }): Actor[] {
  return mergeCandidates(tokens.text, scanActors(tokens, context), context.letters);
}
