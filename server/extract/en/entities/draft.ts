import type { Division } from '../../../gazetteer/divisions.ts';
import type { Draft } from '../../entities.ts';
import type { BodyKind, PlaceName } from '../mentions/bodies.ts';

/** An entity while an English story is read: the shared draft, with what English names need to find it again. */
export interface EnglishDraft extends Draft {
  /** PERSON: the family name, so "Meng" and "Mr. Meng" find "Meng Jingwei". */
  family?: string;
  /** PLACE: the proper part ("Tongzhou"), so a short form finds the place. */
  proper?: string;
  /** PLACE: the level word as written ("district"), where one is. */
  levelWord?: string;
  /** PLACE: the gazetteer's division, where the article settles which one. */
  division?: Division;
  /** ORG: the place whose Party committee or government it is. */
  body?: { kind: BodyKind; place: PlaceName };
}
