/**
 * People: common given names (so "Peter Stano" and "Toivo Klaar" read as persons without
 * initials) and public figures often named by surname alone in foreign-policy and
 * parliamentary texts ("de speech van Zelenski"). Data, not rules: extend it as texts require.
 */

/** Given names, Dutch and international. A given name alone is never an actor; it starts a name. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `Aad Adam Ahmed Alexander Ali Alice Amalia Andrea Andreas Angela Ankie Ann Anna Anne Annemarie Annet Antje
   Anton Antonio Ard Arie Arjen Arnold Bart Bas Beatrix Ben Bernard Boris Bram Carola Caroline Charles Chris
   Christa Christiaan Christian Christine Claudia Cora Corinne Daan Daniel Danielle David Dennis Derk Dick Dilan
   Dirk Dmitri Donald Edith Eelco Emmanuel Emma Erik Ernst Esther Eva Evert Femke Ferd Frank Frans Frederik
   Gabriel Geert Gerard Gert Gijs Hanke Hans Harm Hedy Hein Helma Hendrik Henk Henri Herman Hugo Ilona Ingrid Ivo
   Jaap Jacob Jan Jean Jeanine Jesse Jet Joe Johan John Jolande Joost Jorien Josep Joseph Judith Jurgen Kajsa
   Karin Karen Kees Khadija Klaas Koen Kati Laurens Lilian Lilianne Linda Lisa Lodewijk Lotte Lucas Luuk Maarten
   Marc Marco Margrethe Maria Marieke Mariëlle Marijke Marja Mark Marnix Martin Mattias Max Michel Michael Micky
   Mirjam Mohammed Mona Nathalie Nicolas Nicolai Nina Olaf Olga Olaf Paul Paulien Peter Petra Pieter Pim Rafael
   Ralph Ria Rik Rob Robert Roel Rutger Ruud Sander Sanne Sharon Sigrid Simone Sjoerd Sophie Stef Stephan Steven
   Suzanne Sybrand Thierry Thijs Thomas Tineke Toivo Tom Ursula Valentina Vera Victor Vincent Vladimir Volodymyr
   Wiebren Willem Wim Wopke Wouter Xavier Yvonne Zsolt Joe Jens Josep Antonio Emmanuel Olaf Keir Rishi Recep
   Ilham Nikol Sergej Sergei Dmytro Ihor Charles Kamala Antony Rishi Giorgia Pedro Viktor Mette Ulf Petteri
   Kyriakos Mitsotakis`.split(/\s+/),
);

/** Public figures by surname, with the full name to show. */
export const PUBLIC_FIGURES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    Zelenski: 'Volodymyr Zelenski',
    Zelensky: 'Volodymyr Zelenski',
    Zelenskyy: 'Volodymyr Zelenski',
    Poetin: 'Vladimir Poetin',
    Lavrov: 'Sergej Lavrov',
    Kuleba: 'Dmytro Kuleba',
    Biden: 'Joe Biden',
    Trump: 'Donald Trump',
    Blinken: 'Antony Blinken',
    Macron: 'Emmanuel Macron',
    Scholz: 'Olaf Scholz',
    Erdogan: 'Recep Tayyip Erdoğan',
    Erdoğan: 'Recep Tayyip Erdoğan',
    Aliyev: 'Ilham Aliyev',
    Pashinyan: 'Nikol Pashinyan',
    Pasjinjan: 'Nikol Pashinyan',
    Borrell: 'Josep Borrell',
    Stoltenberg: 'Jens Stoltenberg',
    Rutte: 'Mark Rutte',
    Guterres: 'António Guterres',
    Grossi: 'Rafael Grossi',
    Loekasjenko: 'Aleksandr Loekasjenko',
    Xi: 'Xi Jinping',
    Netanyahu: 'Benjamin Netanyahu',
    Netanyahoe: 'Benjamin Netanyahu',
    Meloni: 'Giorgia Meloni',
    Orbán: 'Viktor Orbán',
    Orban: 'Viktor Orbán',
    Michel: 'Charles Michel',
    Metsola: 'Roberta Metsola',
    Kallas: 'Kaja Kallas',
    Costa: 'António Costa',
    Lukashenko: 'Aleksandr Loekasjenko',
    Shtayyeh: 'Mohammed Shtayyeh',
  }),
);
