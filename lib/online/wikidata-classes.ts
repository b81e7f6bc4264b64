/**
 * Which Wikidata items fit an entity type, by their direct "instance of" (P31) values. Direct
 * values only: walking "subclass of" (P279) would cost more requests per lookup.
 */
export const DISAMBIGUATION_PAGE = 'Q4167410';

const PER = ['Q5']; // human

const LOC = [
  'Q6256', // country
  'Q3624078', // sovereign state
  'Q7275', // state
  'Q107390', // federated state
  'Q43702', // federation
  'Q7270', // republic
  'Q512187', // federal republic
  'Q1520223', // constitutional republic
  'Q123480', // landlocked country
  'Q112099', // island nation
  'Q3024240', // historical country
  'Q1763527', // constituent country
  'Q161243', // dependent territory
  'Q46395', // British overseas territory
  'Q515', // city
  'Q5119', // capital city
  'Q1549591', // big city
  'Q1637706', // city with millions of inhabitants
  'Q200250', // metropolis
  'Q1907114', // metropolitan area
  'Q7930989', // city or town
  'Q1093829', // city in the United States
  'Q3957', // town
  'Q532', // village
  'Q486972', // human settlement
  'Q15284', // municipality
  'Q484170', // commune of France
  'Q747074', // comune of Italy
  'Q56061', // administrative territorial entity
  'Q10864048', // first-level administrative country subdivision
  'Q13220204', // second-level administrative country subdivision
  'Q1048835', // political territorial entity
  'Q15642541', // human-geographic territorial entity
  'Q35657', // state of the United States
  'Q34876', // province
  'Q6465', // department of France
  'Q36784', // region of France
  'Q475050', // federal district
  'Q82794', // geographic region
  'Q1620908', // historical region
  'Q2221906', // geographic location
  'Q618123', // geographical feature
  'Q5107', // continent
  'Q23442', // island
  'Q8502', // mountain
  'Q4022', // river
  'Q23397', // lake
  'Q165', // sea
  'Q9430', // ocean
];

const ORG = [
  'Q43229', // organization
  'Q484652', // international organization
  'Q245065', // intergovernmental organization
  'Q1127126', // military alliance
  'Q327333', // government agency
  'Q2659904', // government organization
  'Q7188', // government
  'Q35798', // executive branch
  'Q192350', // ministry
  'Q11204', // legislature
  'Q35749', // parliament
  'Q8473', // military (armed forces)
  'Q176799', // military unit
  'Q17149090', // armed organization
  'Q17127659', // terrorist organization
  'Q35535', // police
  'Q7278', // political party
  'Q7210356', // political organization
  'Q192283', // news agency
  'Q1331793', // media company
  'Q11032', // newspaper
  'Q1110794', // daily newspaper
  'Q1616075', // television station
  'Q783794', // company
  'Q4830453', // business
  'Q6881511', // enterprise
  'Q891723', // public company
  'Q1589009', // privately held company
  'Q167037', // corporation
  'Q658255', // subsidiary
  'Q46970', // airline
  'Q11691', // stock exchange
  'Q163740', // nonprofit organization
  'Q79913', // non-governmental organization
  'Q15911314', // association
  'Q48204', // voluntary association
  'Q1785733', // environmental organization
  'Q4287745', // medical organization
  'Q4438121', // sports organization
  'Q476028', // association football club
  'Q3918', // university
  'Q2385804', // educational institution
  'Q31855', // research institute
  'Q1664720', // institute
];

/** The P31 classes accepted for each entity type. */
export const TYPE_CLASSES: Record<'PER' | 'LOC' | 'ORG', ReadonlySet<string>> = {
  PER: new Set(PER),
  LOC: new Set(LOC),
  ORG: new Set(ORG),
};
