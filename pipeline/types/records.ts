// Generated from schemas/ by `npm run types`. Do not edit: change the schema and regenerate.
/**
 * Labels of the citation markers that back the record, in order of appearance: [12] gives "12".
 */
export type Citations = string[];

/**
 * Every record table, keyed by its name.
 */
export interface Records {
  events: Event[];
  quotes: Quote[];
  responses: Response[];
  dataset: DatasetMetadata;
  front_matter: DocumentFrontMatter;
}
/**
 * A happening that a source document places in time: a publication, a leak, a statement, sanctions, a ruling.
 */
export interface Event {
  /**
   * Stable record id: a prefix for the table and 16 hex digits of a SHA-256 over the document path, the sentence and the record's own text. The same sentence in the same document keeps its id when other paragraphs change.
   */
  id: string;
  /**
   * Path of the source document, relative to the sources folder, with forward slashes.
   */
  document: string;
  /**
   * ISO 8601 date at the precision the text gives: 2019, 2019-11 or 2019-11-16; null when the text gives none.
   */
  date: string | null;
  /**
   * Precision of date: year, month or day; null when date is null.
   */
  date_precision: "year" | "month" | "day" | null;
  /**
   * First day the date covers (2019-11 gives 2019-11-01).
   */
  date_start: string | null;
  /**
   * Last day the date covers (2019-11 gives 2019-11-30).
   */
  date_end: string | null;
  /**
   * The words that give the date, as written (In November 2019, the following day).
   */
  date_text: string | null;
  /**
   * What kind of happening, read from the sentence's words.
   */
  event_type:
    | "publication"
    | "leak"
    | "statement"
    | "press_conference"
    | "sanctions"
    | "ruling"
    | "hearing"
    | "vote"
    | "legislation"
    | "investigation"
    | "detention"
    | "resignation"
    | "other";
  /**
   * The sentence that reports the event, with citation markers removed.
   */
  description: string;
  /**
   * Names of the people, governments and organisations the sentence names.
   */
  actors: string[];
  citations: Citations;
  source: Source;
}
/**
 * Where the record lies in its document: the quoted words (marks excluded) for a quote, the sentence for an event or a response.
 */
export interface Source {
  /**
   * Offset of the span's first character, in Unicode code points from the start of the document (a byte-order mark is not counted).
   */
  start: number;
  /**
   * Offset just past the span's last character, in Unicode code points: text[start:end] in Python is the span.
   */
  end: number;
  /**
   * Line of the span's first character, counting from 1.
   */
  line: number;
  /**
   * Column of the span's first character in Unicode code points, counting from 1.
   */
  column: number;
}
/**
 * Words set in quotation marks in a source document, with who said them.
 */
export interface Quote {
  /**
   * Stable record id: a prefix for the table and 16 hex digits of a SHA-256 over the document path, the sentence and the record's own text. The same sentence in the same document keeps its id when other paragraphs change.
   */
  id: string;
  /**
   * Path of the source document, relative to the sources folder, with forward slashes.
   */
  document: string;
  /**
   * The quoted words, without quotation marks or citation markers.
   */
  text: string;
  /**
   * quote: reported words; title: the title of a work (an article, report, law); name: a name or term given in quotes. Titles and names never have a speaker.
   */
  kind: "quote" | "title" | "name";
  /**
   * Who said or wrote the words, as the text names them; null when the text does not say.
   */
  speaker: string | null;
  /**
   * What kind of actor: a person, a government or one of its bodies, a political party, an organisation (international bodies, NGOs, institutes, companies, media), a document or ruling; null when unknown.
   */
  speaker_type: "person" | "government" | "party" | "organisation" | "media" | "document" | null;
  /**
   * The speaker's role or title as the text gives it (Foreign Minister, spokesperson); null when none is given.
   */
  speaker_role: string | null;
  /**
   * ISO 3166-1 alpha-2 code of the country, or null for none or an international body.
   */
  speaker_country: string | null;
  /**
   * Where the country came from, always the actor's own mention, another mention of the same actor (including an unnamed mention of the office that only this actor holds in the document: "Germany's defence minister" for "Defence Minister X"), or the mention of the person whose government or staff the actor is ("Merkel's government"): name (the country's name, as in "Germany's foreign minister"), demonym ("the Kenyan minister"), institution (a national body whose name settles the state: "the Bundestag"), seat (a seat of government standing for its state: "the Kremlin"), capital (a capital standing for its government: "Beijing said"), title (an office that few countries have, in a document that names exactly one of them: "Secretary of State"), government (a state office or body with no country of its own, in a document whose governments and office holders all act for one state: "Minister of Justice X" after "the Hungarian government"), label (a state office or body with no country of its own, in a section headed by a country's name alone or a list item that opens with one and a colon or dash: "Japan: The foreign ministry said"), body (a person whose mention says they serve a body it does not name, named before with its country: "Liisa Tamm, the ministry's undersecretary" after "Estonia's foreign ministry", "Its chief executive, X" after "the Finnish refiner Y"); null when the country is null. A place near the name never gives a country.
   */
  speaker_country_source:
    "name" | "demonym" | "institution" | "seat" | "capital" | "title" | "government" | "label" | "body" | null;
  /**
   * The words of the text that gave the country, so that a reader can find and check them: the demonym, the country's name, the institution, seat, capital or title as written ("German", "Norway's foreign minister", "the Kremlin", "Secretary of State"), for country_source government the mention of the state's government or office holder that settled it, for label the heading or the item's label; null when the country is null.
   */
  speaker_country_text: string | null;
  /**
   * The reporting verb or phrase that ties the words to the speaker: said, called, according to.
   */
  cue: string | null;
  /**
   * ISO 8601 date at the precision the text gives: 2019, 2019-11 or 2019-11-16; null when the text gives none.
   */
  date: string | null;
  /**
   * Precision of date: year, month or day; null when date is null.
   */
  date_precision: "year" | "month" | "day" | null;
  /**
   * Id of the event of the same sentence (a row of events), the happening at which the words were said; null when the sentence has none.
   */
  event_id: string | null;
  /**
   * Whether the closing quotation mark was found in the same paragraph; false when it was missing or pushed into the next paragraph.
   */
  closed: boolean;
  /**
   * The sentence (or sentences) the quote stands in, with citation markers removed; of a sentence that runs on more than 240 characters either side of the quote, only those 240 each side, cut at a space and marked ….
   */
  context: string;
  citations: Citations;
  source: Source;
}
/**
 * How a named actor (a person, a government or one of its bodies, a party, an organisation) reacted to the subject of the document.
 */
export interface Response {
  /**
   * Stable record id: a prefix for the table and 16 hex digits of a SHA-256 over the document path, the sentence and the record's own text. The same sentence in the same document keeps its id when other paragraphs change.
   */
  id: string;
  /**
   * Path of the source document, relative to the sources folder, with forward slashes.
   */
  document: string;
  /**
   * Who responded, as the text names them.
   */
  actor: string;
  /**
   * What kind of actor: a person, a government or one of its bodies, a political party, an organisation (international bodies, NGOs, institutes, companies, media), a document or ruling; null when unknown.
   */
  actor_type: "person" | "government" | "party" | "organisation" | "media" | "document" | null;
  /**
   * The actor's role or title as the text gives it (Foreign Minister, Secretary of State).
   */
  role: string | null;
  /**
   * The party, government body or organisation the actor speaks for, as the text names it.
   */
  organization: string | null;
  /**
   * ISO 3166-1 alpha-2 code of the country, or null for none or an international body.
   */
  country: string | null;
  /**
   * Where the country came from, always the actor's own mention, another mention of the same actor (including an unnamed mention of the office that only this actor holds in the document: "Germany's defence minister" for "Defence Minister X"), or the mention of the person whose government or staff the actor is ("Merkel's government"): name (the country's name, as in "Germany's foreign minister"), demonym ("the Kenyan minister"), institution (a national body whose name settles the state: "the Bundestag"), seat (a seat of government standing for its state: "the Kremlin"), capital (a capital standing for its government: "Beijing said"), title (an office that few countries have, in a document that names exactly one of them: "Secretary of State"), government (a state office or body with no country of its own, in a document whose governments and office holders all act for one state: "Minister of Justice X" after "the Hungarian government"), label (a state office or body with no country of its own, in a section headed by a country's name alone or a list item that opens with one and a colon or dash: "Japan: The foreign ministry said"), body (a person whose mention says they serve a body it does not name, named before with its country: "Liisa Tamm, the ministry's undersecretary" after "Estonia's foreign ministry", "Its chief executive, X" after "the Finnish refiner Y"); null when the country is null. A place near the name never gives a country.
   */
  country_source:
    "name" | "demonym" | "institution" | "seat" | "capital" | "title" | "government" | "label" | "body" | null;
  /**
   * The words of the text that gave the country, so that a reader can find and check them: the demonym, the country's name, the institution, seat, capital or title as written ("German", "Norway's foreign minister", "the Kremlin", "Secretary of State"), for country_source government the mention of the state's government or office holder that settled it, for label the heading or the item's label; null when the country is null.
   */
  country_text: string | null;
  /**
   * What the actor did.
   */
  action:
    | "statement"
    | "joint_statement"
    | "condemnation"
    | "call_to_action"
    | "sanctions"
    | "denial"
    | "vote"
    | "legal_action"
    | "other";
  /**
   * Ids of the quotes that carry the response (each names a row of quotes).
   *
   * Items: Stable record id: a prefix for the table and 16 hex digits of a SHA-256 over the document path, the sentence and the record's own text. The same sentence in the same document keeps its id when other paragraphs change.
   */
  quote_ids: string[];
  /**
   * ISO 8601 date at the precision the text gives: 2019, 2019-11 or 2019-11-16; null when the text gives none.
   */
  date: string | null;
  /**
   * Precision of date: year, month or day; null when date is null.
   */
  date_precision: "year" | "month" | "day" | null;
  /**
   * The sentence that reports the response, with citation markers removed.
   */
  description: string;
  citations: Citations;
  source: Source;
}
/**
 * sources/dataset.yaml: what the dataset is called, its version, licence and the documents it is read from.
 */
export interface DatasetMetadata {
  /**
   * Machine name of the dataset: lower case, digits, dot, dash, underscore.
   */
  name: string;
  title: string;
  description: string;
  /**
   * Semantic version (MAJOR.MINOR.PATCH) of the dataset.
   */
  version: string;
  licence: {
    /**
     * SPDX identifier.
     */
    name: string;
    title?: string;
    path?: string;
  };
  homepage?: string;
  keywords?: string[];
  contributors?: {
    title: string;
    email?: string;
    path?: string;
    roles?: string[];
  }[];
  /**
   * Where each document comes from and under what licence.
   *
   * @minItems 1
   */
  sources: [
    {
      /**
       * Path of the document in the sources folder.
       */
      document: string;
      title: string;
      /**
       * Who wrote the document (a person, an organisation, or e.g. Wikipedia contributors).
       */
      author: string;
      path?: string;
      licence: string;
      attribution: string;
    },
    ...{
      /**
       * Path of the document in the sources folder.
       */
      document: string;
      title: string;
      /**
       * Who wrote the document (a person, an organisation, or e.g. Wikipedia contributors).
       */
      author: string;
      path?: string;
      licence: string;
      attribution: string;
    }[]
  ];
  /**
   * Assertions on the build: it fails when a table has fewer or more records.
   */
  limits?: {
    min_records?: {
      [k: string]: number;
    };
    max_records?: {
      [k: string]: number;
    };
  };
}
/**
 * Optional YAML front matter at the top of a source document: where the text comes from and under what licence.
 */
export interface DocumentFrontMatter {
  /**
   * The document's title.
   */
  title?: string;
  /**
   * Where the text was found.
   */
  url?: string;
  /**
   * The day the text was retrieved (YYYY-MM-DD).
   */
  retrieved?: string;
  /**
   * When the document was published (ISO 8601 at any precision); relative dates resolve against it.
   */
  published?: string;
  /**
   * SPDX identifier of the text's licence (CC-BY-SA-4.0).
   */
  licence?: string;
  /**
   * Who to credit for the text, as its licence asks.
   */
  attribution?: string;
}

/** The record tables, in the order they are published: each schema's `x-table`. */
export const TABLE_NAMES = ['events', 'quotes', 'responses'] as const;

export type TableName = (typeof TABLE_NAMES)[number];

/** One document's (or a whole dataset's) records, table by table. */
export type RecordTables = Pick<Records, TableName>;
