/**
 * The syllabus topics an article is filed under, and the cues that point to each: data only,
 * read by src/analyze/topics.ts through the lexicon's API (src/lexicon/index.ts). Modelled on
 * the Indian civil-services (UPSC) syllabus, where a student files each day's news under one or
 * two of these heads.
 *
 * Weights: 1 a hint (common in other news too), 2 a clear cue, 3 a cue that alone says the
 * topic. A cue counts at most three times in an article, and more in the headline.
 * - `words`: lower-case words or phrases, matched as whole words (a final "s" is optional:
 *   "election" also matches "elections").
 * - `names`: names and acronyms matched with their capitals ("RBI", "ISRO"), so that an
 *   acronym never matches a common word. A name that is also in `words` would count twice.
 * Organisations the analysis finds are also read by their kind (ORG_KIND_TOPICS): a central
 * bank is economy, a space agency science, a court polity.
 */
import type { TopicId } from '../../types.js';
import type { OrgKind } from './organisations.js';

export interface TopicLexicon {
  id: TopicId;
  /** How the topic is printed: worksheet titles, Anki sub-decks, the README. */
  label: string;
  words: Readonly<Record<string, number>>;
  names: Readonly<Record<string, number>>;
}

export const TOPIC_LEXICON: readonly TopicLexicon[] = [
  {
    id: 'polity',
    label: 'Polity & Governance',
    words: {
      parliament: 2, 'lok sabha': 3, 'rajya sabha': 3, constitution: 2, constitutional: 2, unconstitutional: 3, amendment: 2,
      bill: 1, ordinance: 3, legislature: 2, legislative: 2, 'legislative assembly': 3, 'assembly election': 3, legislation: 2,
      'supreme court': 3, 'high court': 3, 'chief justice': 3, judiciary: 3, judicial: 2, 'judicial review': 3, judge: 1,
      bench: 1, court: 1, verdict: 2, ruling: 1, ruled: 1, judgment: 2, judgement: 2, petition: 2, petitioner: 2, tribunal: 2,
      election: 2, electoral: 2, 'election commission': 3, 'chief election commissioner': 3, voter: 2, vote: 1, poll: 1,
      polling: 2, constituency: 2, referendum: 3, 'electoral roll': 3, 'political party': 2, opposition: 1, coalition: 1,
      'chief minister': 2, governor: 1, 'sworn in': 2, oath: 2, cabinet: 1, governance: 2, 'fundamental right': 3,
      'right to information': 3, panchayat: 3, 'panchayati raj': 3, 'local self-government': 3, municipal: 2, federalism: 3,
      'centre-state': 3, 'anti-defection': 3, defection: 2, disqualification: 2, speaker: 1, 'joint parliamentary committee': 3,
      lokpal: 3, ombudsman: 2, 'civil services': 2, bureaucracy: 2, 'press freedom': 2, 'freedom of speech': 3,
      'freedom of expression': 3, citizenship: 2, 'national flag': 2, law: 1, unlawful: 1, legal: 1, 'rule of law': 3,
    },
    names: {
      MLA: 3, MP: 1, CAG: 3, UPSC: 2, ECI: 3, 'Tenth Schedule': 3, 'Seventh Schedule': 3, 'Rashtrapati Bhavan': 1,
    },
  },
  {
    id: 'international-relations',
    label: 'International Relations',
    words: {
      bilateral: 3, multilateral: 3, diplomatic: 3, diplomacy: 3, diplomat: 2, ambassador: 2, 'high commissioner': 2, embassy: 2,
      summit: 2, 'foreign minister': 3, 'external affairs': 3, 'foreign policy': 3, 'foreign affairs': 3,
      'state visit': 3, 'official visit': 2, 'joint statement': 3, 'joint declaration': 3, declaration: 1, mou: 2, memorandum: 2,
      'memoranda of understanding': 3, treaty: 2, pact: 2, accord: 1, 'strategic partnership': 3, partnership: 1, ties: 2,
      talks: 1, 'two-plus-two': 3, neighbourhood: 1, 'neighbourhood first': 3, 'indo-pacific': 3,
      grouping: 2, bloc: 2, 'permanent member': 2, 'security council': 2, presidency: 1, sanctions: 2, visa: 1, 'un charter': 3,
      counterpart: 2, 'west asia': 1, 'defence cooperation': 2, 'security cooperation': 2, 'currency swap': 2,
    },
    names: {
      'United Nations': 2, UN: 2, UNGA: 3, UNSC: 3, G20: 3, G7: 3, BRICS: 3, SCO: 3, ASEAN: 3, SAARC: 3, BIMSTEC: 3, Quad: 3,
      NATO: 2, 'African Union': 2, 'European Union': 2, MEA: 3, 'Ministry of External Affairs': 3, 'Hyderabad House': 3,
    },
  },
  {
    id: 'economy',
    label: 'Economy',
    words: {
      economy: 2, economic: 1, gdp: 3, 'gross domestic product': 3, growth: 1, inflation: 3, 'repo rate': 3, 'monetary policy': 3,
      'policy rate': 3, 'interest rate': 2, 'central bank': 3, bank: 1, banking: 2, loan: 1, credit: 1, deficit: 2, 'fiscal deficit': 3,
      fiscal: 2, budget: 2, tax: 2, taxation: 2, gst: 3, 'goods and services tax': 3, revenue: 1, export: 2, import: 1, trade: 1,
      'trade deficit': 3, tariff: 2, investment: 1, investor: 1, fdi: 3, 'foreign direct investment': 3, market: 1, 'stock market': 3,
      sensex: 3, nifty: 3, rupee: 1, 'crore rupee': 1, 'lakh crore': 2, bond: 2, yield: 1, securities: 1, borrowing: 2,
      'foreign exchange': 2, forex: 3, industry: 1, industrial: 1, manufacturing: 2, msme: 3, startup: 1, agriculture: 1,
      'minimum support price': 3, msp: 3, farmer: 1, 'edible oil': 2, 'food processing': 2, disinvestment: 3, privatisation: 3,
      'financial year': 2, 'per cent year-on-year': 3, 'year-on-year': 2, outlay: 1, subsidy: 2, 'finance ministry': 3,
      'finance minister': 3, 'retail inflation': 3, 'consumer price': 3, recession: 3, 'economic activity': 2, compliance: 1,
      upi: 2, 'digital payment': 2, insurance: 1, 'self-reliance': 1, 'atmanirbhar': 2, 'micro, small and medium enterprises': 3,
      'credit support': 2, artisans: 1,
    },
    names: {
      RBI: 3, 'Reserve Bank': 3, SEBI: 3, NITI: 2, IMF: 2, 'World Bank': 2, WTO: 2, NABARD: 3, SIDBI: 3,
      'Monetary Policy Committee': 3, MPC: 3,
    },
  },
  {
    id: 'environment',
    label: 'Environment & Ecology',
    words: {
      environment: 2, environmental: 2, ecology: 3, ecological: 3, ecosystem: 3, biodiversity: 3, wildlife: 3, species: 2,
      endangered: 3, extinct: 2, extinction: 3, conservation: 2, forest: 2, afforestation: 3, deforestation: 3, 'national park': 3,
      'tiger reserve': 3, sanctuary: 2, 'bird sanctuary': 3, wetland: 3, ramsar: 3, mangrove: 3, 'coral reef': 3, habitat: 2,
      'climate change': 3, climate: 2, 'global warming': 3, warming: 1, 'greenhouse gas': 3, emission: 2, carbon: 2,
      'net-zero': 3, pollution: 3, pollutant: 3, 'air quality': 3, ozone: 2, 'renewable energy': 2, solar: 1,
      'green bond': 3, 'green hydrogen': 2, cheetah: 2, tiger: 2, elephant: 1, 'migratory bird': 3, waterbird: 3,
      reintroduce: 2, 'carbon intensity': 3, 'sustainable development': 2, 'wise use': 1, plastic: 1, 'single-use plastic': 3,
    },
    names: { IPCC: 3, UNFCCC: 3, COP28: 3, COP29: 3, UNEP: 3, 'Project Tiger': 3, 'Project Cheetah': 3 },
  },
  {
    id: 'science-technology',
    label: 'Science & Technology',
    words: {
      satellite: 3, spacecraft: 3, rocket: 3, 'launch vehicle': 3, orbit: 2, lunar: 2, moon: 1, mars: 1, 'space station': 3,
      'space agency': 3, space: 1, astronaut: 3, docking: 3, mission: 1, scientist: 1, scientific: 1, research: 1, researcher: 1,
      technology: 2, quantum: 3, qubit: 3, semiconductor: 3, chip: 1, 'artificial intelligence': 3, robot: 2, robotics: 3,
      software: 2, browser: 3, internet: 1, computer: 2, supercomputer: 3, digital: 1, biotechnology: 3, vaccine: 2, genome: 3,
      gene: 2, dna: 2, nuclear: 1, reactor: 2, telescope: 3, physics: 2, engineering: 1, innovation: 1, 'science and technology': 2,
      'lift-off': 3, payload: 3, launchpad: 3, microsoft: 2, google: 1,
    },
    names: {
      ISRO: 3, NASA: 3, DRDO: 2, PSLV: 3, GSLV: 3, LVM3: 3, SpaDeX: 3, Gaganyaan: 3, Chandrayaan: 3, 'Aditya-L1': 3,
      Sriharikota: 3, 'Department of Science and Technology': 3, CSIR: 3, DST: 2, IE6: 2, IE9: 2,
    },
  },
  {
    id: 'internal-security',
    label: 'Internal Security',
    words: {
      security: 1, 'internal security': 3, 'security forces': 3, 'security personnel': 3, terror: 3, terrorist: 3, terrorism: 3,
      militant: 3, militancy: 3, insurgent: 3, insurgency: 3, maoist: 3, naxal: 3, 'anti-naxal': 3, 'left-wing extremism': 3,
      extremism: 2, encounter: 2, infiltration: 3, 'border security': 3, cyber: 2, 'cyber crime': 3, 'cyber security': 3,
      cybersecurity: 3, 'cyber fraud': 3, hacker: 3, hacking: 3, hack: 2, scam: 1, fraud: 1, 'money laundering': 3, smuggling: 2,
      trafficking: 2, explosive: 2, 'improvised explosive device': 3, ied: 3, weapon: 1, 'armed forces': 2, 'home ministry': 3,
      'home minister': 2, 'home affairs': 3, police: 1, intelligence: 2, classified: 2, vulnerability: 2, espionage: 3, radicalisation: 3,
      'security breach': 3, attack: 1, 'denial of service': 3,
    },
    names: { CRPF: 3, BSF: 3, NIA: 3, 'National Investigation Agency': 3, UAPA: 3, AFSPA: 3, I4C: 3, CERT: 2, NSG: 3, ITBP: 3, CISF: 3 },
  },
  {
    id: 'society',
    label: 'Society & Social Justice',
    words: {
      health: 1, 'public health': 2, 'health insurance': 3, hospital: 1, disease: 1, nutrition: 3, malnutrition: 3, anaemia: 3,
      anaemic: 3, hunger: 3, poverty: 3, education: 2, school: 1, student: 1, literacy: 3, women: 1, 'women empowerment': 3,
      gender: 2, 'sex ratio': 3, fertility: 2, child: 1, children: 1, elderly: 2, 'senior citizen': 3, disability: 3, welfare: 2,
      'social justice': 3, 'social security': 3, caste: 3, 'scheduled caste': 3, 'scheduled tribe': 2, tribal: 1, minority: 2,
      discrimination: 3, religion: 1, religious: 1, church: 1, cult: 2, community: 1, 'human rights': 2, migrant: 2,
      'out-of-pocket': 3, medicine: 1, medical: 1, treatment: 1, vaccination: 2, sanitation: 3, 'social movement': 3,
      'alternative medicine': 2, homeopathy: 2, manslaughter: 1, imprisoned: 1, 'family welfare': 3,
    },
    names: { 'Ayushman Bharat': 3, 'PM-JAY': 3, NFHS: 3, 'Poshan Abhiyaan': 3, Scientology: 2, Anganwadi: 3, MGNREGA: 3 },
  },
  {
    id: 'geography-disasters',
    label: 'Geography & Disasters',
    words: {
      cyclone: 3, cyclonic: 3, landfall: 3, earthquake: 3, tsunami: 3, flood: 2, flooding: 2, landslide: 3, drought: 3,
      'heat wave': 3, heatwave: 3, monsoon: 2, rainfall: 2, 'heavy rain': 2, 'cloudburst': 3, avalanche: 3, volcano: 3, volcanic: 3,
      disaster: 2, 'disaster management': 3, 'relief camp': 3, evacuated: 2, evacuation: 2, 'death toll': 2, stampede: 3,
      'search and rescue': 2, rescue: 1, 'red alert': 2, storm: 2, river: 1, glacier: 3, himalaya: 2, 'western ghats': 2,
      coast: 1, coastal: 1, plateau: 2, 'wind speed': 2, meteorological: 2, depression: 1,
      collapse: 2, collapsed: 2, rubble: 2, debris: 1, rescued: 1, adrift: 2, 'arabian sea': 1, 'bay of bengal': 1,
    },
    names: { IMD: 3, NDRF: 3, 'National Disaster Response Force': 3, NDMA: 3, 'India Meteorological Department': 3 },
  },
  {
    id: 'history',
    label: 'History',
    words: {
      history: 1, historical: 1, historian: 2, archaeologist: 3, archaeological: 2, archeological: 2, excavation: 3, excavating: 3,
      ancient: 1, harappan: 3, 'indus valley': 3, civilisation: 2, civilization: 2, empire: 2, dynasty: 3, kingdom: 2, reign: 2,
      medieval: 2, colonial: 2, 'freedom fighter': 3, 'freedom struggle': 3, revolt: 2, independence: 1, 'birth anniversary': 2,
      'death anniversary': 2, inscription: 2, 'battle of': 2, centuries: 1, 'century': 1, 'years old': 1,
      'pottery': 2, fortification: 2, british: 1,
    },
    names: { 'Archaeological Survey of India': 2, ASI: 2, Mughal: 2, Maurya: 3, Gupta: 1, Vijayanagara: 2, Chola: 2, Ulgulan: 3 },
  },
  {
    id: 'art-culture',
    label: 'Art & Culture',
    words: {
      culture: 2, cultural: 2, heritage: 2, 'intangible cultural heritage': 3, 'world heritage': 2, festival: 2, dance: 3,
      'classical dance': 3, music: 2, musical: 1, folk: 2, art: 2, artist: 2, painting: 2, sculpture: 3, temple: 2, architecture: 2,
      mural: 3, exhibit: 2, exhibition: 2, museum: 2, gallery: 2, literature: 2, literary: 2, language: 2, 'classical language': 3,
      manuscript: 2, craft: 2, handloom: 3, tradition: 2, traditional: 1, lantern: 2, film: 1, cinema: 2, theatre: 2, pop: 1,
      comic: 1, anime: 2, convention: 1, worship: 2, deity: 2, pilgrimage: 2, religion: 1, 'navratri': 2, photograph: 1,
    },
    names: { UNESCO: 2, 'Ministry of Culture': 3, 'Sangeet Natak Akademi': 3, 'Sahitya Akademi': 3, Ramayana: 2, Mahabharata: 2 },
  },
  {
    id: 'sports-awards',
    label: 'Sports & Awards',
    words: {
      sport: 2, sporting: 2, athlete: 3, 'para-athlete': 3, olympic: 3, olympiad: 3, medal: 2, medallist: 3,
      'gold medal': 3, 'silver medal': 3, championship: 3, champion: 2, tournament: 3, 'world cup': 3, cricket: 3, football: 3,
      hockey: 3, chess: 3, tennis: 3, badminton: 3, wrestling: 3, boxing: 3, shooter: 2, match: 1, goal: 1, team: 1, captain: 1,
      coach: 2, stadium: 2, award: 2, awarded: 2, prize: 2, 'nobel prize': 3, laureate: 3, honour: 1, 'bharat ratna': 3,
      'padma award': 3, 'padma shri': 3, 'padma bhushan': 3, 'padma vibhushan': 3, 'khel ratna': 3, 'arjuna award': 3,
      'youth affairs and sports': 3, 'yellow card': 3, 'penalty': 1, 'final round': 2, competition: 1,
    },
    names: { FIFA: 3, BCCI: 3, ICC: 1, IOC: 3, IPL: 3, Nobel: 3, 'Booker Prize': 3, 'Dronacharya Award': 3 },
  },
];

/** Organisation kinds (./organisations.ts) and the topics they point to; every kind is listed,
 *  so a kind added there must be placed here (most point nowhere: a ministry or a party is in
 *  the news on any topic). */
export const ORG_KIND_TOPICS: Readonly<Record<OrgKind, Partial<Record<TopicId, number>>>> = {
  'central-bank': { economy: 3 },
  financial: { economy: 2 },
  'space-agency': { 'science-technology': 3 },
  research: { 'science-technology': 1 },
  'tech-company': { 'science-technology': 2 },
  court: { polity: 2 },
  sports: { 'sports-awards': 3 },
  intergovernmental: { 'international-relations': 2 },
  'un-agency': { 'international-relations': 1 },
  cultural: { 'art-culture': 2 },
  university: {},
  'government-body': {},
  'civil-service': { polity: 1 },
  government: {},
  religious: { society: 1 },
  ngo: {},
  'news-media': {},
  journal: { 'science-technology': 1 },
  company: {},
  ministry: {},
  agency: {},
  military: {},
  legislature: {},
  party: {},
  'armed-group': {},
  facility: {},
  website: {},
  'rating-agency': { economy: 2 },
};

/**
 * International relations from the places an article names: two or more countries besides
 * India, with at least one diplomatic word (a match between two countries is not diplomacy).
 */
export const COUNTRIES_CUE = { topic: 'international-relations' as TopicId, minCountries: 2, weight: 2 };
