/**
 * Members of the Dutch Royal House since 1945, and the spouses and children of monarchs who
 * were members for part of that time, with the forms official texts use for them: the first
 * name, title plus first name ("Koningin Beatrix", "Prinses Beatrix" before 1980 and after
 * 2013), and titles that only one person has held since 1945 ("de Prinses van Oranje" for
 * Amalia since 2013, "de Prins van Oranje" for Willem-Alexander 1980–2013). Bare titles that
 * mean different persons in different years ("de Koning", "de Koningin", "Hare Majesteit")
 * are not aliases.
 *
 * Sources, as of mid-2025 (written in December 2026, but from knowledge and sources that
 * mostly run to mid-2025: changes after that, such as those following the October 2025
 * Tweede Kamer elections, are not covered unless noted): written from knowledge of the House of Orange-Nassau (the
 * membership as the Wet lidmaatschap koninklijk huis of 2002 defines it, and before that the
 * monarch's close family); not checked against the Koninklijk Huis website, which the
 * search tools did not reach. Irene (until her marriage in 1964) and Christina (until 1975)
 * are listed for the years they were members.
 *
 * Left out: members of the wider royal family who are not members of the Royal House under
 * the 2002 act (Margriet's sons and their families, Constantijn's children, Irene's and
 * Christina's children; whether Margriet's sons counted as members before 2002 was not
 * checked); Mabel Wisse Smit and Friso's daughters (Friso left the Royal House on his
 * marriage in 2004; Friso himself is listed, as a member until then); forms with a style
 * before the title ("Z.M.", "H.K.H.") — the title and name inside them match already.
 */

/** One member of the Royal House and the forms texts use for him or her. */
export interface RoyalHouseMember {
  name: string;
  aliases: readonly string[];
}

/** Members of the Royal House since 1945, by generation. */
export const ROYAL_HOUSE: readonly RoyalHouseMember[] = [
  { name: 'Wilhelmina', aliases: ['Koningin Wilhelmina', 'Prinses Wilhelmina'] },
  { name: 'Juliana', aliases: ['Koningin Juliana', 'Prinses Juliana'] },
  { name: 'Bernhard', aliases: ['Prins Bernhard', 'Prins Bernhard der Nederlanden'] },
  { name: 'Beatrix', aliases: ['Koningin Beatrix', 'Prinses Beatrix'] },
  { name: 'Claus', aliases: ['Prins Claus', 'Prins Claus der Nederlanden'] },
  { name: 'Irene', aliases: ['Prinses Irene'] },
  { name: 'Margriet', aliases: ['Prinses Margriet'] },
  { name: 'Pieter van Vollenhoven', aliases: ['Mr. Pieter van Vollenhoven', 'Professor Pieter van Vollenhoven'] },
  { name: 'Christina', aliases: ['Prinses Christina'] },
  {
    name: 'Willem-Alexander',
    aliases: ['Koning Willem-Alexander', 'Prins Willem-Alexander', 'Prins van Oranje', 'Kroonprins Willem-Alexander'],
  },
  { name: 'Máxima', aliases: ['Koningin Máxima', 'Prinses Máxima'] },
  { name: 'Johan Friso', aliases: ['Prins Friso', 'Prins Johan Friso'] },
  { name: 'Constantijn', aliases: ['Prins Constantijn'] },
  { name: 'Laurentien', aliases: ['Prinses Laurentien'] },
  {
    name: 'Amalia',
    aliases: ['Prinses Amalia', 'Catharina-Amalia', 'Prinses Catharina-Amalia', 'Prinses van Oranje', 'Kroonprinses Amalia'],
  },
  { name: 'Alexia', aliases: ['Prinses Alexia'] },
  { name: 'Ariane', aliases: ['Prinses Ariane'] },
];
