// Function words of the languages we stem, folded. Rarity (IDF) sorts out the rest once the
// archive has a few hundred articles; this list keeps a young archive's top terms meaningful.
const WORDS = `
the and for that with from this was were are has have had not but his her its their they them
who whom which what when where will would could should said says say also been being into about
after before over under than then there here more most other some such only very just can may
one two new out all any our you your him she he it of to in on at by as is be or an we us
les des une dans pour que qui par sur avec pas plus est sont ont aux ses son leur leurs mais
ete etre elle ils elles nous vous cette ces tout tous sans comme entre apres avant selon fait
del los las una por con para que como mas sus pero fue han ser esta este estos entre sobre
der die das und den dem des ein eine einer mit von fur auf ist sind nicht sich auch als bei
nach wie aus wird wurde hat haben oder aber zum zur vor uber noch nur
`;

/** Folded words never used as story terms. */
export const STOPWORDS = new Set(WORDS.split(/\s+/).filter(Boolean));
