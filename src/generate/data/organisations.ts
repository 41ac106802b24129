/**
 * A curated list of well-known organisations, grouped by kind, so an organisation's
 * distractors are organisations of the same kind (FIFA → UEFA, never NATO), and a kind guess
 * from name words for the organisations no list can hold.
 */
import { normalizeKey } from '../../util/ids.js';

export type OrgKind =
  | 'intergovernmental'
  | 'un-agency'
  | 'financial'
  | 'court'
  | 'sports'
  | 'ngo'
  | 'space-agency'
  | 'central-bank'
  | 'tech-company'
  | 'news-media'
  | 'university'
  | 'government-body'
  | 'religious'
  | 'cultural'
  | 'company';

export interface OrgInfo {
  name: string;
  aliases: string[];
  kind: OrgKind;
}

/** [name, kind, ...aliases] */
const RAW: [string, OrgKind, ...string[]][] = [
  ['United Nations', 'intergovernmental', 'UN', 'U.N.'],
  ['NATO', 'intergovernmental', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'],
  ['European Union', 'intergovernmental', 'EU', 'E.U.'],
  ['African Union', 'intergovernmental', 'AU'],
  ['ASEAN', 'intergovernmental', 'Association of Southeast Asian Nations'],
  ['SAARC', 'intergovernmental', 'South Asian Association for Regional Cooperation'],
  ['BRICS', 'intergovernmental'],
  ['G20', 'intergovernmental', 'Group of Twenty', 'G-20'],
  ['G7', 'intergovernmental', 'Group of Seven', 'G-7'],
  ['OPEC', 'intergovernmental', 'Organization of the Petroleum Exporting Countries'],
  ['Shanghai Cooperation Organisation', 'intergovernmental', 'SCO', 'Shanghai Cooperation Organization'],
  ['Commonwealth of Nations', 'intergovernmental', 'Commonwealth'],
  ['Arab League', 'intergovernmental', 'League of Arab States'],
  ['Gulf Cooperation Council', 'intergovernmental', 'GCC'],
  ['Organisation of Islamic Cooperation', 'intergovernmental', 'OIC', 'Organization of Islamic Cooperation'],
  ['APEC', 'intergovernmental', 'Asia-Pacific Economic Cooperation'],
  ['OECD', 'intergovernmental', 'Organisation for Economic Co-operation and Development'],
  ['World Health Organization', 'un-agency', 'WHO', 'World Health Organisation'],
  ['UNESCO', 'un-agency', 'United Nations Educational, Scientific and Cultural Organization'],
  ['UNICEF', 'un-agency', "United Nations Children's Fund"],
  ['UNHCR', 'un-agency', 'UN Refugee Agency', 'United Nations High Commissioner for Refugees'],
  ['International Atomic Energy Agency', 'un-agency', 'IAEA'],
  ['World Food Programme', 'un-agency', 'WFP'],
  ['International Labour Organization', 'un-agency', 'ILO'],
  ['Food and Agriculture Organization', 'un-agency', 'FAO'],
  ['World Trade Organization', 'financial', 'WTO', 'World Trade Organisation'],
  ['International Monetary Fund', 'financial', 'IMF'],
  ['World Bank', 'financial'],
  ['Asian Development Bank', 'financial', 'ADB'],
  ['New Development Bank', 'financial', 'NDB'],
  ['Asian Infrastructure Investment Bank', 'financial', 'AIIB'],
  ['International Court of Justice', 'court', 'ICJ'],
  ['International Criminal Court', 'court'],
  ['European Court of Human Rights', 'court', 'ECHR'],
  ['Permanent Court of Arbitration', 'court', 'PCA'],
  ['FIFA', 'sports', 'Fédération Internationale de Football Association'],
  ['UEFA', 'sports', 'Union of European Football Associations'],
  ['International Olympic Committee', 'sports', 'IOC'],
  ['International Cricket Council', 'sports'],
  ['World Anti-Doping Agency', 'sports', 'WADA'],
  ['International Committee of the Red Cross', 'ngo', 'ICRC', 'Red Cross'],
  ['Amnesty International', 'ngo'],
  ['Human Rights Watch', 'ngo'],
  ['Greenpeace', 'ngo'],
  ['World Wide Fund for Nature', 'ngo', 'WWF'],
  ['Médecins Sans Frontières', 'ngo', 'Doctors Without Borders', 'MSF'],
  ['NASA', 'space-agency', 'National Aeronautics and Space Administration'],
  ['European Space Agency', 'space-agency', 'ESA'],
  ['ISRO', 'space-agency', 'Indian Space Research Organisation'],
  ['Reserve Bank of India', 'central-bank', 'RBI', 'Reserve Bank'],
  ['Federal Reserve', 'central-bank', 'US Federal Reserve', 'Fed'],
  ['European Central Bank', 'central-bank', 'ECB'],
  ['Bank of England', 'central-bank'],
  ['Bank of Japan', 'central-bank', 'BoJ'],
  ["People's Bank of China", 'central-bank', 'PBoC'],
  ['JAXA', 'space-agency', 'Japan Aerospace Exploration Agency'],
  ['Roscosmos', 'space-agency'],
  ['China National Space Administration', 'space-agency', 'CNSA'],
  ['Microsoft', 'tech-company'],
  ['Google', 'tech-company', 'Alphabet'],
  ['Apple', 'tech-company'],
  ['Facebook', 'tech-company', 'Meta'],
  ['Amazon', 'tech-company'],
  ['IBM', 'tech-company'],
  ['Samsung', 'tech-company'],
  ['Sony', 'tech-company'],
  ['Twitter', 'tech-company', 'X'],
  ['Mozilla', 'tech-company'],
  ['Intel', 'tech-company'],
  ['BBC', 'news-media', 'British Broadcasting Corporation'],
  ['CNN', 'news-media'],
  ['Reuters', 'news-media'],
  ['Associated Press', 'news-media', 'AP'],
  ['Agence France-Presse', 'news-media', 'AFP'],
  ['Xinhua', 'news-media', 'Xinhua News Agency'],
  ['Al Jazeera', 'news-media'],
  ['The New York Times', 'news-media', 'New York Times'],
  ['The Guardian', 'news-media', 'Guardian'],
  ['The Washington Post', 'news-media', 'Washington Post'],
  ['CBC', 'news-media', 'Canadian Broadcasting Corporation'],
];

const ORGS: OrgInfo[] = RAW.map(([name, kind, ...aliases]) => ({ name, kind, aliases: [name, ...aliases] }));

function orgKey(name: string): string {
  return normalizeKey(name.replace(/\./g, '')).replace(/^the /, '');
}

const BY_KEY = new Map<string, OrgInfo>();
for (const o of ORGS) for (const a of o.aliases) {
  const key = orgKey(a);
  // One-letter aliases ("X") would match far too much.
  if (key.length > 1 && !BY_KEY.has(key)) BY_KEY.set(key, o);
}

export function organisationOf(name: string): OrgInfo | null {
  return BY_KEY.get(orgKey(name)) ?? null;
}

export function allOrganisations(): readonly OrgInfo[] {
  return ORGS;
}

/** Name words that give away the kind of an organisation not in the list. The first rule
 *  that matches wins, so the more telling words come first. */
const KIND_WORDS: [RegExp, OrgKind][] = [
  [/\b(University|College|Institute of Technology|School)\b/, 'university'],
  [/\b(Church|Diocese|Mosque|Temple|Synod|Patriarchate)\b/, 'religious'],
  [/\b(Court|Tribunal)\b/, 'court'],
  [/\b(News|Times|Herald|Post|Journal|Magazine|Gazette|Tribune|Weekly|Daily|Television|Radio|Broadcasting|Press)\b/, 'news-media'],
  [/\b(Museum|Gallery|Galleries|Art Center|Art Centre|Library|Theatre|Theater|Orchestra)\b/, 'cultural'],
  [/\b(Ministry|Department|Agency|Commission|Council|Board|Bureau|Service|Police|Parliament|Senate|Government|Navy|Army|Air Force|Force)\b/, 'government-body'],
  [/\b(Inc|Ltd|Corp|Corporation|Company|Co|LLC|plc|Group|Holdings|Airlines|Motors|Bank)\b\.?/, 'company'],
  [/\b(Federation|Association|League|Club|Olympic)\b/, 'sports'],
  [/\b(Foundation|Trust|Society|Watch|International)\b/, 'ngo'],
];

/** A name that is nothing but kind words ("News", "the Council") names no organisation. */
export function genericOrganisationName(name: string): boolean {
  let rest = name.replace(/^the\s+/i, '');
  for (const [re] of KIND_WORDS) rest = rest.replace(new RegExp(re.source, 'g'), ' ');
  return rest.replace(/[\s.,'’-]+/g, '') === '';
}

/** The kind of an organisation: from the list, else from its name words, else null. */
export function organisationKind(name: string): OrgKind | null {
  const known = organisationOf(name);
  if (known) return known.kind;
  for (const [re, kind] of KIND_WORDS) if (re.test(name)) return kind;
  return null;
}
