// What a corpus family is: templates of one way of saying (or not saying) "let me talk to a person".

/** One family of the corpus: templates for one phrasing, expanded `count` times with the locale's slots. */
export interface Family {
  name: string;
  locale: 'en' | 'tr';
  /** Whether its lines ask for a person. */
  label: boolean;
  /** How many lines to expand (before duplicates are dropped). */
  count: number;
  templates: readonly string[];
  /** Lines written out by hand, used as they are. */
  lines?: readonly string[];
}
