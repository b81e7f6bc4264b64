/**
 * Political parties, news media and firms that news pages name all the time, written for the
 * project (build-time only, like curated.ts). QIDs only where a source confirms them: parties
 * from Party Facts (github.com/hdigital/partyfactsdata, MIT: import/wikipedia/wikidata.csv links
 * each party to its Wikidata item, with its English and native names), firms from the Research
 * Organization Registry's records (CC0; their Wikidata links), media from Wikidata items whose
 * official website is the outlet's. The rest carry no QID (their id is their English name).
 *
 * Guard (newsOrgEntries): a name is not added, and the build log says so, when it is an
 * acronym of two letters ("PS", "RN", "PP": too many things), a one-word name that running text
 * writes as an ordinary word ("Renaissance", "Libération", "Podemos": ror.ts isWordLike, whose
 * rule of fewer than four letters spares a name with a capital inside, "AfD"), or German common
 * words joined by an article or a conjunction ("Die Welt", "Recht und Gerechtigkeit": German
 * writes every noun capitalised, so "Die Welt schaut zu" opens sentences). An acronym left out
 * still finds its entry in a text that spells the name out: the recogniser merges "PS" into
 * "Parti socialiste" by its initials, and the entity takes the full name's QID.
 */
import { commonWordBand, isGermanNoun } from '../../entities/common-words';
import { foldName, nameWords } from '../../entities/fold-name';
import { KB_LANGS } from '../kb-entry';
import { acronymOf } from '../lookup';
import { national, org, type CuratedEntry } from './curated';
import { isWordLike } from './ror';

/** Parties of France, Spain, Germany, Italy, the UK, the US and Austria, and a few others. */
export const PARTIES: CuratedEntry[] = [
  // France
  ...national('FR', [
    org(
      'Q23731823',
      { en: 'La République En Marche', fr: 'La République en marche' },
      ['LREM', 'LaREM', 'Renaissance'],
      'French centrist party of Emmanuel Macron, named Renaissance since 2022',
      'parti centriste d’Emmanuel Macron, nommé Renaissance depuis 2022',
    ),
    org(
      'Q205150',
      {
        en: 'National Rally',
        fr: 'Rassemblement national',
        es: 'Agrupación Nacional',
        de: 'Rassemblement National',
        it: 'Rassemblement National',
      },
      ['Front national', 'RN', 'FN'],
      'French far-right party, the National Front until 2018',
      'parti d’extrême droite, Front national jusqu’en 2018',
    ),
    org(
      'Q170972',
      // Not "Socialist Party" alone: English news names Spain's PSOE, Portugal's PS and others
      // so ("Spain's Socialist Party"), and the card would describe the French one.
      { en: 'French Socialist Party', fr: 'Parti socialiste' },
      ['PS'],
      'French centre-left party',
      'parti de centre gauche',
    ),
    org(
      'Q20012759',
      { en: 'Les Républicains', fr: 'Les Républicains' },
      ['LR'],
      'French centre-right party',
      'parti de droite',
    ),
    org(
      'Q27978402',
      {
        en: ['France Unbowed', 'La France Insoumise'],
        fr: 'La France insoumise',
        es: 'Francia Insumisa',
        de: 'La France insoumise',
      },
      ['LFI'],
      'French left-wing party',
      'parti de gauche',
    ),
    org(
      'Q192821',
      {
        en: 'French Communist Party',
        fr: 'Parti communiste français',
        es: 'Partido Comunista Francés',
        de: 'Kommunistische Partei Frankreichs',
      },
      ['PCF'],
      'French communist party',
      'parti communiste',
    ),
    org(
      'Q613786',
      {
        en: ['Europe Ecology – The Greens', 'Les Écologistes'],
        fr: ['Les Écologistes', 'Europe Écologie Les Verts'],
      },
      ['EELV', 'Europe Écologie-Les Verts'],
      'French green party',
      'parti écologiste',
    ),
    org(
      'Q587370',
      { en: 'Mouvement démocrate', fr: 'Mouvement démocrate' },
      ['MoDem'],
      'French centrist party',
      'parti centriste',
    ),
    org(
      'Q82892',
      { en: 'Union of Democrats and Independents', fr: 'Union des démocrates et indépendants' },
      ['UDI'],
      'French centre-right party',
      'parti de centre droit',
    ),
    org(
      'Q1045425',
      { en: 'New Anticapitalist Party', fr: 'Nouveau Parti anticapitaliste' },
      // Not "NPA": Swiss French forms' postcode ("NPA / Localité").
      [],
      'French far-left party',
      'parti d’extrême gauche',
    ),
    org(
      'Q173152',
      { en: 'Union for a Popular Movement', fr: 'Union pour un mouvement populaire' },
      ['UMP'],
      'French centre-right party (2002-2015)',
      'parti de droite (2002-2015)',
    ),
  ]),
  // Spain
  ...national('ES', [
    org(
      'Q138198',
      {
        en: 'Spanish Socialist Workers’ Party',
        fr: 'Parti socialiste ouvrier espagnol',
        es: 'Partido Socialista Obrero Español',
        de: 'Spanische Sozialistische Arbeiterpartei',
        it: 'Partito Socialista Operaio Spagnolo',
      },
      ['PSOE'],
      'Spanish centre-left party',
      'parti espagnol de centre gauche',
    ),
    org(
      'Q185088',
      { en: 'Partido Popular', fr: ['Parti populaire', 'Partido Popular'], es: 'Partido Popular' },
      ['PP', 'Spanish People’s Party'],
      'Spanish centre-right party',
      'parti espagnol de droite',
    ),
    org('Q16059622', { en: 'Podemos' }, [], 'Spanish left-wing party', 'parti espagnol de gauche'),
    // Not Ciudadanos, Spanish for citizens: left out by hand, for the permissive word lists the
    // guard reads have no Spanish.
    org(
      'Q150068',
      {
        en: 'Republican Left of Catalonia',
        es: ['Esquerra Republicana de Catalunya', 'Esquerra Republicana'],
        fr: 'Gauche républicaine de Catalogne',
      },
      // Not "ERC": science news's European Research Council.
      ['Esquerra Republicana de Catalunya'],
      'Catalan pro-independence left-wing party',
      'parti indépendantiste catalan de gauche',
    ),
    org(
      undefined,
      { en: 'Junts per Catalunya', es: ['Junts per Catalunya', 'Junts'] },
      ['Junts'],
      'Catalan pro-independence party',
      'parti indépendantiste catalan',
    ),
    org(
      'Q43093',
      {
        en: 'Basque Nationalist Party',
        es: 'Partido Nacionalista Vasco',
        fr: 'Parti nationaliste basque',
      },
      ['PNV', 'EAJ-PNV'],
      'Basque nationalist party',
      'parti nationaliste basque',
    ),
    org(
      'Q1029761',
      { en: 'EH Bildu' },
      ['Euskal Herria Bildu', 'Bildu'],
      'Basque pro-independence left-wing coalition',
      'coalition indépendantiste basque de gauche',
    ),
    org(
      'Q623740',
      { en: 'United Left', es: 'Izquierda Unida' },
      ['IU'],
      'Spanish left-wing coalition',
      'coalition espagnole de gauche',
    ),
    org(
      'Q15630787',
      { en: 'Vox' },
      [],
      'Spanish far-right party',
      'parti espagnol d’extrême droite',
    ),
  ]),
  // Germany
  ...national('DE', [
    org(
      'Q49762',
      {
        en: 'Christian Democratic Union',
        fr: 'Union chrétienne-démocrate',
        es: 'Unión Demócrata Cristiana',
        de: ['Christlich Demokratische Union Deutschlands', 'Christlich Demokratische Union'],
        it: 'Unione Cristiano-Democratica',
      },
      ['CDU', 'Christian Democratic Union of Germany'],
      'German centre-right party',
      'parti allemand de centre droit',
    ),
    org(
      'Q49763',
      {
        en: ['Christian Social Union in Bavaria', 'Christian Social Union'],
        fr: 'Union chrétienne-sociale en Bavière',
        de: ['Christlich-Soziale Union in Bayern', 'Christlich-Soziale Union'],
      },
      ['CSU'],
      'Bavarian centre-right party',
      'parti bavarois de centre droit',
    ),
    org(
      'Q708725',
      { en: 'CDU/CSU' },
      ['Union parties'],
      'alliance of Germany’s CDU and Bavaria’s CSU',
      'alliance de la CDU et de la CSU',
    ),
    org(
      'Q49768',
      {
        en: 'Social Democratic Party of Germany',
        fr: 'Parti social-démocrate d’Allemagne',
        es: 'Partido Socialdemócrata de Alemania',
        de: 'Sozialdemokratische Partei Deutschlands',
        it: 'Partito Socialdemocratico di Germania',
      },
      ['SPD'],
      'German centre-left party',
      'parti allemand de centre gauche',
    ),
    org(
      'Q49766',
      {
        en: ['Alliance 90/The Greens', 'German Greens'],
        fr: 'Alliance 90 / Les Verts',
        de: ['Bündnis 90/Die Grünen', 'Die Grünen'],
      },
      [],
      'German green party',
      'parti écologiste allemand',
    ),
    org(
      'Q13124',
      {
        en: 'Free Democratic Party',
        fr: 'Parti libéral-démocrate',
        es: 'Partido Democrático Libre',
        de: 'Freie Demokratische Partei',
      },
      ['FDP'],
      'German liberal party',
      'parti libéral allemand',
    ),
    org(
      'Q6721203',
      {
        en: 'Alternative for Germany',
        fr: 'Alternative pour l’Allemagne',
        es: 'Alternativa para Alemania',
        de: 'Alternative für Deutschland',
        it: 'Alternativa per la Germania',
      },
      ['AfD'],
      'German far-right party',
      'parti allemand d’extrême droite',
    ),
    org(
      'Q49764',
      { en: 'Die Linke', de: 'Die Linke' },
      ['Linkspartei'],
      'German left-wing party',
      'parti allemand de gauche',
    ),
    org(
      undefined,
      { en: 'Sahra Wagenknecht Alliance', de: 'Bündnis Sahra Wagenknecht' },
      ['BSW'],
      'German left-wing populist party (from 2024)',
      'parti allemand de gauche populiste (depuis 2024)',
    ),
    org(
      'Q156019',
      {
        en: 'National Democratic Party of Germany',
        de: 'Nationaldemokratische Partei Deutschlands',
      },
      ['NPD'],
      'German far-right party, Die Heimat since 2023',
      'parti allemand d’extrême droite',
    ),
    org(
      'Q7320',
      {
        en: 'Nazi Party',
        fr: 'Parti national-socialiste des travailleurs allemands',
        de: 'Nationalsozialistische Deutsche Arbeiterpartei',
      },
      ['NSDAP'],
      'German Nazi party (1920-1945)',
      'parti nazi allemand (1920-1945)',
    ),
  ]),
  // Italy
  ...national('IT', [
    org(
      'Q1757843',
      {
        en: 'Brothers of Italy',
        fr: 'Frères d’Italie',
        es: 'Hermanos de Italia',
        de: 'Fratelli d’Italia',
        it: 'Fratelli d’Italia',
      },
      ['FdI'],
      'Italian far-right party',
      'parti italien d’extrême droite',
    ),
    org(
      'Q47729',
      { en: 'Partito Democratico', it: 'Partito Democratico' },
      ['Italian Democratic Party'],
      'Italian centre-left party',
      'parti italien de centre gauche',
    ),
    org(
      'Q47817',
      {
        en: 'Five Star Movement',
        fr: 'Mouvement 5 étoiles',
        es: 'Movimiento 5 Estrellas',
        de: 'Fünf-Sterne-Bewegung',
        it: 'Movimento 5 Stelle',
      },
      ['M5S', 'Movimento Cinque Stelle'],
      'Italian populist party',
      'parti populiste italien',
    ),
    org(
      'Q47750',
      { en: 'Northern League', fr: 'Ligue du Nord', es: 'Liga Norte', it: 'Lega Nord' },
      // Not "Lega" alone: Italian for league, and the name of the football leagues (Lega Serie A).
      ['Lega Nord'],
      'Italian right-wing party, the League',
      'parti italien de droite, la Ligue',
    ),
    org(
      'Q14924303',
      { en: 'Forza Italia' },
      [],
      'Italian centre-right party',
      'parti italien de centre droit',
    ),
    org(
      'Q67785862',
      { en: 'Italia Viva' },
      [],
      'Italian centrist party',
      'parti centriste italien',
    ),
  ]),
  // United Kingdom
  ...national('GB', [
    org(
      'Q9630',
      {
        en: ['Labour Party', 'Labour'],
        fr: 'Parti travailliste',
        es: 'Partido Laborista',
        it: 'Partito Laburista',
      },
      ['UK Labour Party'],
      'British centre-left party',
      'parti britannique de centre gauche',
    ),
    org(
      'Q9626',
      {
        en: ['Conservative Party', 'Conservative and Unionist Party'],
        fr: 'Parti conservateur',
        it: 'Partito Conservatore',
      },
      ['Tory Party', 'Tories'],
      'British centre-right party',
      'parti britannique de droite',
    ),
    org(
      'Q9624',
      { en: ['Liberal Democrats', 'Lib Dems'], fr: 'Libéraux-démocrates' },
      ['Lib Dem'],
      'British liberal party',
      'parti libéral britannique',
    ),
    org(
      'Q10658',
      {
        en: 'Scottish National Party',
        fr: 'Parti national écossais',
        es: 'Partido Nacional Escocés',
      },
      ['SNP'],
      'Scottish pro-independence party',
      'parti indépendantiste écossais',
    ),
    org(
      'Q104721252',
      { en: 'Reform UK' },
      [],
      'British right-wing populist party',
      'parti britannique de droite populiste',
    ),
    org(
      'Q10647',
      { en: 'UK Independence Party' },
      ['UKIP'],
      'British Eurosceptic party',
      'parti britannique eurosceptique',
    ),
    org(
      'Q9669',
      { en: 'Green Party of England and Wales' },
      [],
      'British green party',
      'parti écologiste britannique',
    ),
    org(
      'Q10691',
      { en: 'Plaid Cymru' },
      [],
      'Welsh nationalist party',
      'parti nationaliste gallois',
    ),
    org(
      'Q76382',
      { en: 'Sinn Féin' },
      ['Sinn Fein'],
      'Irish republican party',
      'parti républicain irlandais',
    ),
    org(
      'Q215519',
      { en: 'Democratic Unionist Party' },
      ['DUP'],
      'Northern Irish unionist party',
      'parti unioniste nord-irlandais',
    ),
  ]),
  // United States
  ...national('US', [
    org(
      'Q29552',
      {
        en: 'Democratic Party',
        fr: 'Parti démocrate',
        es: 'Partido Demócrata',
        de: 'Demokratische Partei',
      },
      ['US Democratic Party'],
      'US centre-left party',
      'parti américain de centre gauche',
    ),
    org(
      'Q29468',
      {
        en: ['Republican Party', 'Grand Old Party'],
        fr: 'Parti républicain',
        es: 'Partido Republicano',
        de: 'Republikanische Partei',
      },
      ['GOP', 'US Republican Party'],
      'US right-wing party',
      'parti américain de droite',
    ),
  ]),
  // Austria
  ...national('AT', [
    org(
      'Q186867',
      { en: 'Austrian People’s Party', de: 'Österreichische Volkspartei' },
      ['ÖVP'],
      'Austrian centre-right party',
      'parti autrichien de centre droit',
    ),
    org(
      'Q131692',
      {
        en: ['Freedom Party of Austria', 'Austrian Freedom Party'],
        fr: 'Parti de la liberté d’Autriche',
        de: 'Freiheitliche Partei Österreichs',
      },
      ['FPÖ'],
      'Austrian far-right party',
      'parti autrichien d’extrême droite',
    ),
    org(
      'Q179111',
      { en: 'Social Democratic Party of Austria', de: 'Sozialdemokratische Partei Österreichs' },
      ['SPÖ'],
      'Austrian centre-left party',
      'parti autrichien de centre gauche',
    ),
  ]),
  // Elsewhere
  ...national('CN', [
    org(
      'Q17427',
      {
        en: ['Chinese Communist Party', 'Communist Party of China'],
        fr: 'Parti communiste chinois',
        es: 'Partido Comunista de China',
        de: 'Kommunistische Partei Chinas',
        it: 'Partito Comunista Cinese',
      },
      // Not "CPC": French law's Code de procédure civile.
      ['CCP'],
      'ruling party of China',
      'parti au pouvoir en Chine',
    ),
  ]),
  ...national('RU', [
    org(
      'Q151469',
      { en: 'United Russia', fr: 'Russie unie', es: 'Rusia Unida', de: 'Einiges Russland' },
      [],
      'ruling party of Russia',
      'parti au pouvoir en Russie',
    ),
  ]),
  ...national('HU', [
    org('Q387006', { en: 'Fidesz' }, [], 'Hungarian right-wing party', 'parti hongrois de droite'),
  ]),
  ...national('PL', [
    org(
      'Q156874',
      { en: 'Law and Justice', fr: 'Droit et justice', de: 'Recht und Gerechtigkeit' },
      ['PiS', 'Prawo i Sprawiedliwość'],
      'Polish right-wing party',
      'parti polonais de droite',
    ),
  ]),
  ...national('IL', [
    org('Q187009', { en: 'Likud' }, [], 'Israeli right-wing party', 'parti israélien de droite'),
  ]),
  ...national('ZA', [
    org(
      'Q83162',
      { en: 'African National Congress', fr: 'Congrès national africain' },
      ['ANC'],
      'South African party',
      'parti sud-africain',
    ),
  ]),
  ...national('IN', [
    org(
      'Q10230',
      { en: 'Bharatiya Janata Party' },
      ['BJP'],
      'Indian right-wing party',
      'parti indien de droite',
    ),
  ]),
  ...national('TR', [
    org(
      'Q19077',
      {
        en: 'Justice and Development Party',
        fr: 'Parti de la justice et du développement',
        es: 'Partido de la Justicia y el Desarrollo',
      },
      ['AKP'],
      'ruling party of Turkey',
      'parti au pouvoir en Turquie',
    ),
  ]),
  ...national('UA', [
    org(
      'Q52292915',
      { en: 'Servant of the People', fr: 'Serviteur du peuple' },
      [],
      'Ukrainian party of Volodymyr Zelensky',
      'parti ukrainien de Volodymyr Zelensky',
    ),
  ]),
  ...national('BR', [
    org(
      'Q657089',
      {
        en: 'Workers’ Party (Brazil)',
        es: 'Partido de los Trabajadores',
        pt: 'Partido dos Trabalhadores',
      },
      [],
      'Brazilian left-wing party',
      'parti brésilien de gauche',
    ),
  ]),
];

/** Newspapers, broadcasters and agencies of French, Spanish, German, Italian and English news. */
export const MEDIA: CuratedEntry[] = [
  org('Q12461', { en: 'Le Monde' }, [], 'French daily newspaper', 'quotidien français'),
  org('Q216047', { en: 'Le Figaro' }, [], 'French daily newspaper', 'quotidien français'),
  org(undefined, { en: 'Libération' }, [], 'French daily newspaper', 'quotidien français'),
  org(
    undefined,
    { en: 'Mediapart' },
    [],
    'French investigative news site',
    'journal d’investigation en ligne',
  ),
  org(
    undefined,
    { en: 'Le Parisien' },
    ['Aujourd’hui en France'],
    'French daily newspaper',
    'quotidien français',
  ),
  org(
    undefined,
    { en: 'Les Échos' },
    ['Les Echos'],
    'French business daily',
    'quotidien économique français',
  ),
  org(undefined, { en: 'L’Humanité' }, [], 'French communist daily', 'quotidien communiste'),
  org(
    undefined,
    { en: 'L’Obs' },
    ['Le Nouvel Observateur', 'Nouvel Obs'],
    'French news weekly',
    'hebdomadaire français',
  ),
  org(undefined, { en: 'L’Express' }, [], 'French news weekly', 'hebdomadaire français'),
  org(
    undefined,
    { en: 'Le Journal du Dimanche' },
    ['JDD'],
    'French Sunday newspaper',
    'hebdomadaire du dimanche',
  ),
  org(
    undefined,
    { en: 'Ouest-France' },
    ['Ouest France'],
    'French regional daily',
    'quotidien régional',
  ),
  org(undefined, { en: 'Le Monde diplomatique' }, [], 'French monthly', 'mensuel français'),
  org(
    undefined,
    { en: 'Courrier international' },
    [],
    'French news weekly',
    'hebdomadaire français',
  ),
  org(undefined, { en: 'Charlie Hebdo' }, [], 'French satirical weekly', 'hebdomadaire satirique'),
  org(
    undefined,
    { en: 'Le Canard enchaîné' },
    ['Canard enchaîné'],
    'French satirical weekly',
    'hebdomadaire satirique',
  ),
  org(
    undefined,
    { en: 'France Télévisions' },
    ['France Televisions'],
    'French public television',
    'télévision publique française',
  ),
  org(
    undefined,
    { en: 'France 24' },
    [],
    'French international news channel',
    'chaîne d’information internationale',
  ),
  org(
    undefined,
    { en: 'France Inter' },
    [],
    'French public radio station',
    'station de radio publique',
  ),
  org(undefined, { en: 'Radio France' }, [], 'French public radio', 'radio publique française'),
  org(
    undefined,
    { en: 'franceinfo' },
    ['France Info'],
    'French public news service',
    'service public d’information',
  ),
  org(undefined, { en: 'TF1' }, [], 'French television channel', 'chaîne de télévision française'),
  org(
    undefined,
    { en: 'BFMTV' },
    ['BFM TV'],
    'French news channel',
    'chaîne d’information française',
  ),
  org(undefined, { en: 'El País' }, [], 'Spanish daily newspaper', 'quotidien espagnol'),
  org(undefined, { en: 'El Mundo' }, [], 'Spanish daily newspaper', 'quotidien espagnol'),
  org(undefined, { en: 'La Vanguardia' }, [], 'Spanish daily newspaper', 'quotidien espagnol'),
  org(undefined, { en: 'El Confidencial' }, [], 'Spanish news site', 'journal en ligne espagnol'),
  org(undefined, { en: 'elDiario.es' }, [], 'Spanish news site', 'journal en ligne espagnol'),
  org(undefined, { en: 'Europa Press' }, [], 'Spanish news agency', 'agence de presse espagnole'),
  org(
    undefined,
    { en: 'RTVE' },
    ['Radiotelevisión Española'],
    'Spanish public broadcaster',
    'audiovisuel public espagnol',
  ),
  org(undefined, { en: 'Cadena SER' }, [], 'Spanish radio network', 'radio espagnole'),
  org(
    'Q131478',
    { en: 'Der Spiegel' },
    // Not "Spiegel" alone: German for mirror, and capitalised as every noun ("vor dem Spiegel").
    ['Spiegel Online'],
    'German news weekly',
    'hebdomadaire allemand',
  ),
  org(
    'Q10184',
    { en: 'Frankfurter Allgemeine Zeitung' },
    ['FAZ', 'Frankfurter Allgemeine', 'F.A.Z.'],
    'German daily newspaper',
    'quotidien allemand',
  ),
  org(
    undefined,
    { en: 'Süddeutsche Zeitung' },
    ['Süddeutschen Zeitung', 'SZ'],
    'German daily newspaper',
    'quotidien allemand',
  ),
  org(
    undefined,
    { en: 'Die Zeit' },
    ['Zeit Online', 'ZEIT ONLINE'],
    'German weekly newspaper',
    'hebdomadaire allemand',
  ),
  org(undefined, { en: 'Die Welt' }, [], 'German daily newspaper', 'quotidien allemand'),
  org(
    undefined,
    { en: 'Bild' },
    ['Bild-Zeitung'],
    'German tabloid',
    'quotidien populaire allemand',
  ),
  org(
    undefined,
    { en: 'Handelsblatt' },
    [],
    'German business daily',
    'quotidien économique allemand',
  ),
  org(
    undefined,
    { en: 'Der Tagesspiegel' },
    ['Tagesspiegel'],
    'Berlin daily newspaper',
    'quotidien berlinois',
  ),
  org(undefined, { en: 'ARD' }, [], 'German public broadcaster', 'audiovisuel public allemand'),
  org(undefined, { en: 'ZDF' }, [], 'German public broadcaster', 'audiovisuel public allemand'),
  org(
    undefined,
    { en: 'Tagesschau' },
    [],
    'German public news programme',
    'journal télévisé allemand',
  ),
  org(undefined, { en: 'Deutschlandfunk' }, [], 'German public radio', 'radio publique allemande'),
  org(
    'Q153770',
    { en: 'Deutsche Welle' },
    ['DW'],
    'German international broadcaster',
    'audiovisuel international allemand',
  ),
  org(undefined, { en: 'Corriere della Sera' }, [], 'Italian daily newspaper', 'quotidien italien'),
  org(
    undefined,
    { en: 'la Repubblica' },
    ['La Repubblica'],
    'Italian daily newspaper',
    'quotidien italien',
  ),
  org(
    undefined,
    { en: 'Il Sole 24 Ore' },
    [],
    'Italian business daily',
    'quotidien économique italien',
  ),
  org(
    undefined,
    { en: 'RAI' },
    ['Rai'],
    'Italian public broadcaster',
    'audiovisuel public italien',
  ),
  org(
    'Q9684',
    { en: ['The New York Times', 'New York Times'] },
    ['NYT'],
    'US daily newspaper',
    'quotidien américain',
  ),
  org(
    'Q166032',
    { en: ['The Washington Post', 'Washington Post'] },
    [],
    'US daily newspaper',
    'quotidien américain',
  ),
  org(
    'Q164746',
    { en: ['The Wall Street Journal', 'Wall Street Journal'] },
    ['WSJ'],
    'US business daily',
    'quotidien économique américain',
  ),
  org(undefined, { en: 'Los Angeles Times' }, [], 'US daily newspaper', 'quotidien américain'),
  org(undefined, { en: 'USA Today' }, [], 'US daily newspaper', 'quotidien américain'),
  org(
    'Q11148',
    { en: 'The Guardian' },
    ['Guardian'],
    'British daily newspaper',
    'quotidien britannique',
  ),
  org(
    'Q180089',
    { en: 'The Economist' },
    ['Economist'],
    'British news weekly',
    'hebdomadaire britannique',
  ),
  org(
    undefined,
    { en: 'Financial Times' },
    ['FT'],
    'British business daily',
    'quotidien économique britannique',
  ),
  org(
    undefined,
    { en: 'The Daily Telegraph' },
    ['Daily Telegraph', 'The Telegraph'],
    'British daily newspaper',
    'quotidien britannique',
  ),
  org(undefined, { en: 'Daily Mail' }, [], 'British tabloid', 'quotidien populaire britannique'),
  org(
    undefined,
    { en: 'Sky News' },
    [],
    'British news channel',
    'chaîne d’information britannique',
  ),
  org(
    'Q671510',
    { en: ['NPR', 'National Public Radio'] },
    [],
    'US public radio',
    'radio publique américaine',
  ),
  org(undefined, { en: 'Fox News' }, [], 'US news channel', 'chaîne d’information américaine'),
  org(undefined, { en: 'NBC News' }, [], 'US news service', 'service d’information américain'),
  org(undefined, { en: 'CBS News' }, [], 'US news service', 'service d’information américain'),
  org(undefined, { en: 'ABC News' }, [], 'US news service', 'service d’information américain'),
  org(
    undefined,
    { en: 'Bloomberg News' },
    [],
    'US financial news agency',
    'agence d’information financière',
  ),
  org(undefined, { en: 'Politico' }, [], 'US political news outlet', 'média politique américain'),
  org('Q28230873', { en: 'Axios' }, [], 'US news site', 'site d’information américain'),
  org('Q956568', { en: 'Forbes' }, [], 'US business magazine', 'magazine économique américain'),
  org(undefined, { en: 'Al Jazeera' }, [], 'Qatari news network', 'chaîne d’information qatarie'),
  org(
    'Q22868',
    { en: 'RT', fr: 'RT' },
    ['Russia Today'],
    'Russian state television network',
    'chaîne de télévision publique russe',
  ),
];

/** Firms in the news that the KB did not know, QIDs from ROR's records where it has them. */
export const FIRMS: CuratedEntry[] = [
  org(
    'Q156578',
    { en: 'Volkswagen' },
    ['VW', 'Volkswagen Group', 'Volkswagen AG'],
    'German carmaker',
    'constructeur automobile allemand',
  ),
  org(
    'Q160746',
    { en: 'Nestlé' },
    ['Nestle'],
    'Swiss food company',
    'groupe agroalimentaire suisse',
  ),
  org(
    'Q26678',
    { en: 'BMW' },
    ['Bayerische Motoren Werke'],
    'German carmaker',
    'constructeur automobile allemand',
  ),
  org(
    undefined,
    { en: 'Mercedes-Benz' },
    ['Mercedes-Benz Group'],
    'German carmaker',
    'constructeur automobile allemand',
  ),
  org(
    undefined,
    { en: 'Renault' },
    ['Groupe Renault'],
    'French carmaker',
    'constructeur automobile français',
  ),
  org(
    'Q97439162',
    { en: 'Stellantis' },
    [],
    'European carmaker',
    'constructeur automobile européen',
  ),
  org(undefined, { en: 'Peugeot' }, [], 'French car brand', 'marque automobile française'),
  org(undefined, { en: 'Michelin' }, [], 'French tyre maker', 'fabricant de pneumatiques'),
  org(
    'Q158205',
    { en: 'Sanofi' },
    [],
    'French pharmaceutical company',
    'groupe pharmaceutique français',
  ),
  org(undefined, { en: 'BNP Paribas' }, [], 'French bank', 'banque française'),
  org(
    undefined,
    { en: 'Société Générale' },
    ['Societe Generale'],
    'French bank',
    'banque française',
  ),
  org(undefined, { en: 'Crédit Agricole' }, ['Credit Agricole'], 'French bank', 'banque française'),
  org(undefined, { en: 'AXA' }, [], 'French insurer', 'assureur français'),
  org(undefined, { en: 'Danone' }, [], 'French food company', 'groupe agroalimentaire français'),
  org(undefined, { en: 'Carrefour' }, [], 'French retailer', 'groupe de distribution français'),
  org(
    'Q274591',
    { en: 'Électricité de France' },
    ['EDF', 'Electricite de France'],
    'French state electricity company',
    'entreprise publique d’électricité',
  ),
  org(undefined, { en: 'Engie' }, [], 'French energy company', 'groupe énergétique français'),
  org(
    'Q1161666',
    { en: 'Thales' },
    ['Thales Group'],
    'French defence and electronics company',
    'groupe français de défense et d’électronique',
  ),
  org(
    'Q460487',
    { en: 'Dassault Aviation' },
    [],
    'French aircraft maker',
    'constructeur aéronautique français',
  ),
  org(
    undefined,
    { en: 'Bouygues' },
    [],
    'French construction and telecom group',
    'groupe français de BTP et de télécoms',
  ),
  org(
    undefined,
    { en: 'Veolia' },
    [],
    'French utility company',
    'groupe français de services collectifs',
  ),
  org(
    undefined,
    { en: 'Schneider Electric' },
    [],
    'French electrical equipment company',
    'groupe français d’équipement électrique',
  ),
  org(
    undefined,
    { en: 'Capgemini' },
    [],
    'French IT services company',
    'entreprise française de services informatiques',
  ),
  org(undefined, { en: 'BASF' }, [], 'German chemical company', 'groupe chimique allemand'),
  org(undefined, { en: 'Deutsche Bank' }, [], 'German bank', 'banque allemande'),
  org(undefined, { en: 'Allianz' }, [], 'German insurer', 'assureur allemand'),
  org(
    undefined,
    { en: 'Deutsche Telekom' },
    ['Deutschen Telekom', 'Telekom'],
    'German telecom company',
    'opérateur de télécommunications allemand',
  ),
  org(
    'Q9322',
    { en: 'Deutsche Bahn' },
    ['Deutschen Bahn'],
    'German state railway company',
    'compagnie ferroviaire publique allemande',
  ),
  org(undefined, { en: 'Lufthansa' }, [], 'German airline', 'compagnie aérienne allemande'),
  org(undefined, { en: 'SAP' }, [], 'German software company', 'éditeur de logiciels allemand'),
  org(undefined, { en: 'Porsche' }, [], 'German carmaker', 'constructeur automobile allemand'),
  org(undefined, { en: 'Audi' }, [], 'German carmaker', 'constructeur automobile allemand'),
  org(
    undefined,
    { en: 'Adidas' },
    [],
    'German sportswear company',
    'équipementier sportif allemand',
  ),
  org('Q806215', { en: 'Banco Santander' }, [], 'Spanish bank', 'banque espagnole'),
  org(
    'Q806189',
    { en: 'BBVA' },
    ['Banco Bilbao Vizcaya Argentaria'],
    'Spanish bank',
    'banque espagnole',
  ),
  org(
    'Q160229',
    { en: 'Telefónica' },
    ['Telefonica'],
    'Spanish telecom company',
    'opérateur de télécommunications espagnol',
  ),
  org(undefined, { en: 'Iberdrola' }, [], 'Spanish energy company', 'groupe énergétique espagnol'),
  org('Q174747', { en: 'Repsol' }, [], 'Spanish oil company', 'compagnie pétrolière espagnole'),
  org(
    undefined,
    { en: 'Inditex' },
    [],
    'Spanish clothing company, owner of Zara',
    'groupe textile espagnol, propriétaire de Zara',
  ),
  org('Q565594', { en: 'Eni' }, ['ENI'], 'Italian energy company', 'groupe énergétique italien'),
  org(undefined, { en: 'Enel' }, [], 'Italian energy company', 'groupe énergétique italien'),
  org(undefined, { en: 'UniCredit' }, [], 'Italian bank', 'banque italienne'),
  org(undefined, { en: 'Intesa Sanpaolo' }, [], 'Italian bank', 'banque italienne'),
  org(
    'Q152057',
    { en: 'BP' },
    ['British Petroleum'],
    'British oil company',
    'compagnie pétrolière britannique',
  ),
  org(
    undefined,
    { en: 'Unilever' },
    [],
    'British consumer goods company',
    'groupe britannique de biens de consommation',
  ),
  org(undefined, { en: 'HSBC' }, [], 'British bank', 'banque britannique'),
  org(undefined, { en: 'Barclays' }, [], 'British bank', 'banque britannique'),
  org(
    'Q243278',
    { en: 'Rolls-Royce' },
    ['Rolls-Royce Holdings'],
    'British aero-engine maker',
    'motoriste aéronautique britannique',
  ),
  org(
    'Q739416',
    { en: 'BAE Systems' },
    [],
    'British defence company',
    'groupe de défense britannique',
  ),
  org(
    'Q212322',
    { en: 'GSK' },
    ['GlaxoSmithKline'],
    'British pharmaceutical company',
    'groupe pharmaceutique britannique',
  ),
  org(
    undefined,
    { en: 'AstraZeneca' },
    [],
    'British-Swedish pharmaceutical company',
    'groupe pharmaceutique anglo-suédois',
  ),
  org(
    'Q206921',
    { en: 'Pfizer' },
    [],
    'US pharmaceutical company',
    'groupe pharmaceutique américain',
  ),
  org(
    undefined,
    { en: 'Moderna' },
    [],
    'US biotechnology company',
    'entreprise américaine de biotechnologie',
  ),
  org(
    undefined,
    { en: 'BioNTech' },
    [],
    'German biotechnology company',
    'entreprise allemande de biotechnologie',
  ),
  org(
    undefined,
    { en: 'Tesla' },
    ['Tesla Motors', 'Tesla Inc.'],
    'US electric carmaker',
    'constructeur américain de voitures électriques',
  ),
  org(
    'Q380',
    { en: ['Meta Platforms', 'Meta'] },
    [],
    'US technology company, owner of Facebook',
    'entreprise technologique américaine, propriétaire de Facebook',
  ),
  org('Q182477', { en: 'Nvidia' }, ['NVIDIA'], 'US chipmaker', 'fabricant américain de puces'),
  org('Q248', { en: 'Intel' }, [], 'US chipmaker', 'fabricant américain de puces'),
  org(undefined, { en: 'IBM' }, [], 'US technology company', 'entreprise technologique américaine'),
  org(
    'Q21708200',
    { en: 'OpenAI' },
    [],
    'US artificial intelligence company',
    'entreprise américaine d’intelligence artificielle',
  ),
  org(
    'Q156238',
    { en: 'ExxonMobil' },
    ['Exxon Mobil', 'Exxon'],
    'US oil company',
    'compagnie pétrolière américaine',
  ),
  org(undefined, { en: 'Goldman Sachs' }, [], 'US investment bank', 'banque d’affaires américaine'),
  org(
    undefined,
    { en: 'JPMorgan Chase' },
    ['JPMorgan', 'JP Morgan'],
    'US bank',
    'banque américaine',
  ),
  org(undefined, { en: 'BlackRock' }, [], 'US asset manager', 'gestionnaire d’actifs américain'),
  org('Q483551', { en: 'Walmart' }, [], 'US retailer', 'groupe de distribution américain'),
  org(
    undefined,
    { en: 'Netflix' },
    [],
    'US streaming company',
    'service américain de vidéo à la demande',
  ),
  org(undefined, { en: 'Toyota' }, [], 'Japanese carmaker', 'constructeur automobile japonais'),
  org(
    undefined,
    { en: 'Huawei' },
    [],
    'Chinese telecom equipment maker',
    'équipementier chinois de télécommunications',
  ),
  org(
    undefined,
    { en: 'Alibaba' },
    ['Alibaba Group'],
    'Chinese e-commerce company',
    'groupe chinois de commerce en ligne',
  ),
  org(
    undefined,
    { en: 'TikTok' },
    [],
    'video sharing network of ByteDance',
    'réseau social de partage de vidéos de ByteDance',
  ),
  org(
    'Q55606242',
    { en: 'ByteDance' },
    [],
    'Chinese technology company',
    'entreprise technologique chinoise',
  ),
  org(undefined, { en: 'SpaceX' }, [], 'US spaceflight company', 'entreprise spatiale américaine'),
  org(undefined, { en: 'Uber' }, [], 'US ride-hailing company', 'entreprise américaine de VTC'),
  org(
    undefined,
    { en: 'Rosneft' },
    [],
    'Russian state oil company',
    'compagnie pétrolière publique russe',
  ),
  org(undefined, { en: 'Lukoil' }, [], 'Russian oil company', 'compagnie pétrolière russe'),
  org(
    undefined,
    { en: 'Saudi Aramco' },
    ['Aramco'],
    'Saudi state oil company',
    'compagnie pétrolière publique saoudienne',
  ),
  org(
    'Q1418',
    { en: 'Nokia' },
    [],
    'Finnish telecom equipment maker',
    'équipementier finlandais de télécommunications',
  ),
  org(
    'Q52618',
    { en: 'Ericsson' },
    [],
    'Swedish telecom equipment maker',
    'équipementier suédois de télécommunications',
  ),
  org(
    'Q297879',
    { en: 'ASML' },
    [],
    'Dutch chip equipment maker',
    'fabricant néerlandais de machines pour puces',
  ),
  org(
    'Q860580',
    { en: 'Tencent' },
    [],
    'Chinese technology company',
    'entreprise technologique chinoise',
  ),
];

// German writes every noun capitalised: a phrase of common words joined by these reads as a name.
const GERMAN_GLUE = new Set(['der', 'die', 'das', 'und', 'oder']);

/** Why a name of a news entry must not be a KB name, or undefined when it may be one. */
export function unsafeName(name: string): string | undefined {
  const acronym = acronymOf(name);
  if (acronym) return acronym.length < 3 ? 'short acronym' : undefined;
  const words = nameWords(foldName(name));
  if (words.length === 1) {
    // "AfD", "FdI", "PiS": a capital inside is a party's abbreviation, not a short word.
    const abbreviation = /^\p{L}+$/u.test(name) && /\p{Ll}\p{Lu}/u.test(name);
    if (abbreviation && (words[0] as string).length < 4) return undefined;
    return isWordLike(name) ? 'ordinary word' : undefined;
  }
  const common = (w: string): boolean =>
    GERMAN_GLUE.has(w) || isGermanNoun(w) || commonWordBand(w, 'de') !== undefined;
  if (words.some((w) => GERMAN_GLUE.has(w)) && words.every(common)) return 'German common words';
  return undefined;
}

export interface NewsOrgResult {
  entries: CuratedEntry[];
  /** Names left out, with why, for the build log and the tests. */
  dropped: { name: string; why: string }[];
}

function list(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/**
 * The news entries with their unsafe names left out (unsafeName). An entry left with no name
 * in English takes its first safe name (or alias) as its English one, and one left with no name
 * at all is dropped ("Vox", "Podemos", "Libération": the recogniser types them as it did).
 */
export function newsOrgEntries(
  entries: readonly CuratedEntry[] = [...PARTIES, ...MEDIA, ...FIRMS],
): NewsOrgResult {
  const dropped: NewsOrgResult['dropped'] = [];
  const safe = (n: string): boolean => {
    const why = unsafeName(n);
    if (why) dropped.push({ name: n, why });
    return !why;
  };
  const out: CuratedEntry[] = [];
  for (const e of entries) {
    const names: Partial<Record<(typeof KB_LANGS)[number], string[]>> = {};
    for (const lang of KB_LANGS) {
      const ns = list(e.names[lang]).filter(safe);
      if (ns.length) names[lang] = ns;
    }
    const aliases = (e.aliases ?? []).filter(safe);
    const first = Object.values(names).flat()[0] ?? aliases[0];
    if (!first) continue;
    out.push({ ...e, names: { ...names, en: names.en ?? [first] }, aliases });
  }
  return { entries: out, dropped };
}
