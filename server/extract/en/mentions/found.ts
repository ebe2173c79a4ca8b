import type { Division } from '../../../gazetteer/divisions.ts';
import type { EntityType, Sentence } from '../../types.ts';
import type { BodyKind, PlaceName } from './bodies.ts';
import type { OrgKind } from '../vocab/orgs.ts';
import type { PlaceLevel } from '../vocab/places.ts';

// A form read in a sentence: a name, a short form or a description, with where it is written,
// before the article decides which entity it is.

/** What a form that is not a full name refers to. */
export type Reference =
  /** A family name alone or after a title ("Meng", "Mr. Meng"). */
  | { by: 'surname'; family: string }
  /** A description ("the district", "the company", "the station"). */
  | { by: 'description'; type: EntityType; level?: PlaceLevel; kind?: OrgKind; head?: string }
  /** A body named by its place's level ("the county Party committee"). */
  | { by: 'body'; body: BodyKind; level: string }
  /** A body named by its place's name ("Lucheng's Party committee"). */
  | { by: 'placeBody'; body: BodyKind; proper: string }
  /** A capitalised name that may be a short form ("Tongzhou", "Sifang Technology"). */
  | { by: 'short' };

export interface Found {
  /** What it names; unknown for a short form until the article says which entity it is. */
  type?: EntityType;
  start: number;
  end: number;
  /** As written. */
  text: string;
  sentence: Sentence;
  /** The name this form gives (the written form less "the" and titles). */
  name: string;
  reference?: Reference;
  place?: { proper: string; levelWord?: string; level: PlaceLevel; candidates: readonly Division[] };
  kind?: OrgKind;
  /** ORG: the place whose Party committee or government it is. */
  body?: { kind: BodyKind; place: PlaceName };
  /** ORG: the body it is a part of, written inside its name ("… of the CPC … Committee"). */
  partOf?: Found;
  /** PERSON: the title written in front ("Party Secretary"), with where. */
  title?: { text: string; start: number; end: number };
  family?: string;
  /** The name before it joined by a possessive (Beijing of "Beijing's Tongzhou District"). */
  possessor?: Found;
  /** Written as "Hamburg-based". */
  based?: boolean;
  /** A Chinese name or an acronym in brackets after it ("Zhou Jianhua (周建华)"). */
  bracketed?: { text: string; start: number; end: number };
}
