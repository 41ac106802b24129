/**
 * Well-known organisations with their kind and short forms: the canonical name, the kind, then
 * aliases. An organisation's options are organisations of its kind (FIFA → UEFA, never NATO; a
 * ministry → ministries). Names not listed are still classed by cue words (data/name-cues.ts,
 * lexicon/organisation-kinds.ts). Aliases of one letter are never matched ("X").
 * Ambiguous short forms are left out: "ICC" is the cricket council and the criminal court.
 */

/** Names alone that say no kind: "Congress" is India's party and America's legislature. */
export const AMBIGUOUS_NAMES: readonly string[] = ['Congress'];

export type OrgKind =
  | 'intergovernmental'
  | 'un-agency'
  | 'financial'
  | 'court'
  | 'sports'
  | 'ngo'
  | 'space-agency'
  | 'research'
  | 'central-bank'
  | 'tech-company'
  | 'news-media'
  | 'journal'
  | 'university'
  | 'ministry'
  | 'agency'
  | 'government-body'
  | 'government'
  | 'military'
  | 'legislature'
  | 'party'
  | 'armed-group'
  | 'religious'
  | 'cultural'
  | 'facility'
  | 'website'
  | 'civil-service'
  | 'company'
  | 'rating-agency';

export const ORGANISATIONS: readonly (readonly [string, OrgKind, ...string[]])[] = [
  // India's civil services, chosen among one another (never beside agencies or regulators).
  // (No "IRS", the US tax agency too, nor "IES", the engineering service too.)
  ['Indian Administrative Service', 'civil-service', 'IAS'],
  ['Indian Police Service', 'civil-service', 'IPS'],
  ['Indian Foreign Service', 'civil-service', 'IFS'],
  ['Indian Forest Service', 'civil-service', 'IFoS'],
  ['Indian Revenue Service', 'civil-service'],
  ['Indian Audit and Accounts Service', 'civil-service'],
  ['Indian Economic Service', 'civil-service'],
  ['Indian Statistical Service', 'civil-service'],
  ['Indian Railway Management Service', 'civil-service', 'IRMS'],
  // International bodies
  ['United Nations', 'intergovernmental', 'UN', 'U.N.', 'United Nations Organization'],
  ['UN Security Council', 'intergovernmental', 'United Nations Security Council', 'U.N. Security Council', 'Security Council', 'UNSC'],
  ['UN General Assembly', 'intergovernmental', 'United Nations General Assembly', 'General Assembly', 'UNGA'],
  ['NATO', 'intergovernmental', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Nato'],
  ['European Union', 'intergovernmental', 'EU', 'E.U.'],
  ['European Commission', 'intergovernmental'],
  ['European Parliament', 'intergovernmental'],
  ['African Union', 'intergovernmental', 'AU'],
  ['ASEAN', 'intergovernmental', 'Association of Southeast Asian Nations', 'Association of South-East Asian Nations'],
  ['SAARC', 'intergovernmental', 'South Asian Association for Regional Cooperation'],
  ['BRICS', 'intergovernmental'],
  // (Groupings India's news names, often written in title case: "Bimstec", "the Quad".)
  ['BIMSTEC', 'intergovernmental'],
  ['Indian Ocean Rim Association', 'intergovernmental', 'IORA'],
  ['Quad', 'intergovernmental', 'Quadrilateral Security Dialogue'],
  ['IBSA', 'intergovernmental', 'IBSA Dialogue Forum'],
  ['Mekong Ganga Cooperation', 'intergovernmental', 'MGC'],
  ['Indo-Pacific Economic Framework', 'intergovernmental', 'IPEF', 'Indo-Pacific Economic Framework for Prosperity'],
  ['I2U2', 'intergovernmental'],
  ['Conference on Interaction and Confidence Building Measures in Asia', 'intergovernmental', 'CICA'],
  ['Coalition for Disaster Resilient Infrastructure', 'intergovernmental', 'CDRI'],
  ['Financial Action Task Force', 'intergovernmental', 'FATF'],
  ['G20', 'intergovernmental', 'G-20', 'Group of 20', 'Group of Twenty'],
  ['G7', 'intergovernmental', 'G-7', 'Group of Seven'],
  ['OPEC', 'intergovernmental', 'Organization of the Petroleum Exporting Countries'],
  ['Shanghai Cooperation Organisation', 'intergovernmental', 'SCO', 'Shanghai Cooperation Organization'],
  ['Commonwealth', 'intergovernmental', 'Commonwealth of Nations'],
  ['Arab League', 'intergovernmental', 'League of Arab States'],
  ['Gulf Cooperation Council', 'intergovernmental', 'GCC'],
  ['Organisation of Islamic Cooperation', 'intergovernmental', 'OIC', 'Organization of Islamic Cooperation'],
  ['APEC', 'intergovernmental', 'Asia-Pacific Economic Cooperation'],
  ['OECD', 'intergovernmental', 'Organisation for Economic Co-operation and Development'],
  ['OSCE', 'intergovernmental', 'Organization for Security and Co-operation in Europe'],
  ['Interpol', 'intergovernmental'],
  ['Europol', 'intergovernmental'],
  ['World Health Organization', 'un-agency', 'WHO', 'World Health Organisation'],
  ['UNESCO', 'un-agency', 'United Nations Educational, Scientific and Cultural Organization'],
  ['UNICEF', 'un-agency', "United Nations Children's Fund"],
  ['UNHCR', 'un-agency', 'UN Refugee Agency', 'United Nations High Commissioner for Refugees'],
  ['International Atomic Energy Agency', 'un-agency', 'IAEA'],
  ['World Food Programme', 'un-agency', 'WFP', 'World Food Program'],
  ['International Labour Organization', 'un-agency', 'ILO'],
  ['Food and Agriculture Organization', 'un-agency', 'FAO'],
  ['World Trade Organization', 'financial', 'WTO', 'World Trade Organisation'],
  ['International Monetary Fund', 'financial', 'IMF'],
  ['World Bank', 'financial'],
  // (Rating agencies: options of one another, never an index or a ministry.)
  ['ICRA', 'rating-agency', 'ICRA Limited'],
  ['CRISIL', 'rating-agency', 'Crisil'],
  ['CARE Ratings', 'rating-agency', 'CareEdge Ratings'],
  ['India Ratings and Research', 'rating-agency', 'India Ratings', 'Ind-Ra'],
  ["Moody's", 'rating-agency', "Moody's Investors Service", 'Moody’s'],
  ['Fitch Ratings', 'rating-agency', 'Fitch'],
  ['S&P Global Ratings', 'rating-agency', 'S&P Global', 'Standard & Poor’s', "Standard & Poor's"],
  ['Asian Development Bank', 'financial', 'ADB'],
  ['New Development Bank', 'financial', 'NDB'],
  ['Asian Infrastructure Investment Bank', 'financial', 'AIIB'],
  // Courts
  ['International Court of Justice', 'court', 'ICJ'],
  ['International Criminal Court', 'court'],
  ['European Court of Human Rights', 'court', 'ECHR'],
  ['Permanent Court of Arbitration', 'court', 'PCA'],
  ['Supreme Court', 'court', 'Apex Court', 'Top Court'],
  // Sport
  ['FIFA', 'sports', 'Fédération Internationale de Football Association'],
  ['UEFA', 'sports', 'Union of European Football Associations'],
  ['International Olympic Committee', 'sports', 'IOC'],
  ['International Cricket Council', 'sports'],
  ['World Anti-Doping Agency', 'sports', 'WADA'],
  // Charities and campaigns
  ['International Committee of the Red Cross', 'ngo', 'ICRC', 'Red Cross'],
  ['Red Crescent', 'ngo'],
  ['Amnesty International', 'ngo'],
  ['Human Rights Watch', 'ngo'],
  ['Greenpeace', 'ngo'],
  ['World Wide Fund for Nature', 'ngo', 'WWF'],
  ['Médecins Sans Frontières', 'ngo', 'Doctors Without Borders', 'MSF', 'Medecins Sans Frontieres'],
  // Space agencies
  ['European Space Agency', 'space-agency', 'ESA'],
  // Central banks: they own offices in the news ("Reserve Bank Governor Sanjay Malhotra").
  ['European Central Bank', 'central-bank', 'ECB'],
  // Armed groups
  ['Taliban', 'armed-group', 'the Taliban'],
  ['Hamas', 'armed-group'],
  ['Hezbollah', 'armed-group'],
  ['al-Qaeda', 'armed-group', 'Al-Qaeda', 'al Qaeda', 'Al Qaeda'],
  ['Islamic State', 'armed-group', 'ISIS', 'ISIL', 'IS', 'Daesh'],
  // Companies
  ['Microsoft', 'tech-company'],
  ['Google', 'tech-company'],
  ['Apple', 'tech-company'],
  ['Facebook', 'tech-company'],
  ['Meta', 'tech-company', 'Meta Platforms'],
  ['Amazon', 'tech-company'],
  ['IBM', 'tech-company'],
  ['Samsung', 'tech-company'],
  ['Sony', 'tech-company'],
  ['Twitter', 'tech-company', 'X'],
  ['Mozilla', 'tech-company'],
  ['Intel', 'tech-company'],
  ['Toyota', 'company'],
  // News outlets and agencies
  ['BBC', 'news-media', 'British Broadcasting Corporation'],
  ['CNN', 'news-media'],
  ['Reuters', 'news-media'],
  ['Associated Press', 'news-media', 'AP'],
  ['Agence France-Presse', 'news-media', 'AFP'],
  ['Xinhua', 'news-media', 'Xinhua News Agency'],
  ['Al Jazeera', 'news-media'],
  ['The New York Times', 'news-media'],
  ['The Guardian', 'news-media'],
  ['The Washington Post', 'news-media'],
  ['The Wall Street Journal', 'news-media'],
  ['The Hindu', 'news-media'],
  ['The Times of India', 'news-media'],
  // (Indian papers and channels a report cites: "The Indian Express, quoting eyewitnesses, reported …".)
  ['The Indian Express', 'news-media'],
  ['Hindustan Times', 'news-media'],
  ['The Economic Times', 'news-media'],
  ['Deccan Herald', 'news-media'],
  ['The Telegraph', 'news-media'],
  ['New Indian Express', 'news-media'],
  ['Business Standard', 'news-media'],
  ['Asian News International', 'news-media', 'ANI'],
  ['NDTV', 'news-media'],
  ['Doordarshan', 'news-media', 'DD News'],
  ['All India Radio', 'news-media'],
  ['CBC', 'news-media', 'Canadian Broadcasting Corporation'],
  ['Press Trust of India', 'news-media', 'PTI'],
  ['Indo-Asian News Service', 'news-media', 'IANS'],
  ['United News of India', 'news-media', 'UNI'],
  ['TASS', 'news-media', 'ITAR-TASS'],
  ['RIA Novosti', 'news-media'],
  ['Interfax', 'news-media'],
  ['Kyodo News', 'news-media', 'Kyodo'],
  ['Yonhap', 'news-media', 'Yonhap News Agency'],
  ['Anadolu Agency', 'news-media', 'Anadolu'],
  ['Bloomberg', 'news-media'],
  ['Wikinews', 'news-media'],
  // Universities whose names carry no "University": "Jamia Millia Islamia retained the 3rd rank …".
  ['Jamia Millia Islamia', 'university', 'JMI'],
  ['Jamia Hamdard', 'university'],
  ['Visva-Bharati', 'university'],
  // Scientific journals, where discoveries and studies are published: no news outlet.
  ['Journal of Threatened Taxa', 'journal'],
  ['Current Science', 'journal'],
  ['Phytotaxa', 'journal'],
  ['Zootaxa', 'journal'],
  ['PLOS ONE', 'journal'],
  ['Nature Climate Change', 'journal'],
  ['New England Journal of Medicine', 'journal'],
  ['Indian Journal of Medical Research', 'journal'],
  ['Wikipedia', 'website'],
];

/**
 * A country's own bodies: ministries, agencies, central banks, legislatures, parties. They are
 * options only for an article that names their country (no Indian ministry beside a US department).
 */
export const NATIONAL_ORGANISATIONS: Readonly<Record<string, readonly (readonly [string, OrgKind, ...string[]])[]>> = {
  India: [
    ['ISRO', 'space-agency', 'Indian Space Research Organisation'],
    // Research councils and laboratories: options for one another.
    ['Council of Scientific and Industrial Research', 'research', 'CSIR'],
    ['Indian Council of Medical Research', 'research', 'ICMR'],
    ['Indian Council of Agricultural Research', 'research', 'ICAR'],
    ['Anusandhan National Research Foundation', 'research', 'ANRF'],
    ['Science and Engineering Research Board', 'research', 'SERB'],
    ['Bhabha Atomic Research Centre', 'research', 'BARC'],
    ['Indian Council of Social Science Research', 'research', 'ICSSR'],
    ['Physical Research Laboratory', 'research'],
    // The High Courts: options for one are the others (never an international court).
    ['Allahabad High Court', 'court'],
    ['Bombay High Court', 'court'],
    ['Calcutta High Court', 'court'],
    ['Delhi High Court', 'court'],
    ['Madras High Court', 'court'],
    ['Karnataka High Court', 'court'],
    ['Kerala High Court', 'court'],
    ['Gujarat High Court', 'court'],
    ['Rajasthan High Court', 'court'],
    ['Madhya Pradesh High Court', 'court'],
    ['Punjab and Haryana High Court', 'court'],
    ['Patna High Court', 'court'],
    ['Orissa High Court', 'court'],
    ['Gauhati High Court', 'court'],
    ['Andhra Pradesh High Court', 'court'],
    ['Telangana High Court', 'court'],
    ['Himachal Pradesh High Court', 'court'],
    ['Jharkhand High Court', 'court'],
    ['Chhattisgarh High Court', 'court'],
    ['Uttarakhand High Court', 'court'],
    ['Tripura High Court', 'court'],
    ['Meghalaya High Court', 'court'],
    ['Manipur High Court', 'court'],
    ['Sikkim High Court', 'court'],
    ['Reserve Bank of India', 'central-bank', 'RBI', 'Reserve Bank'],
    ['Ministry of Home Affairs', 'ministry', 'MHA', 'Home Ministry'],
    ['Ministry of External Affairs', 'ministry', 'MEA', 'External Affairs Ministry'],
    ['Ministry of Finance', 'ministry', 'Finance Ministry'],
    ['Ministry of Defence', 'ministry', 'Defence Ministry'],
    ['Ministry of Health and Family Welfare', 'ministry', 'Health Ministry'],
    ['Ministry of Education', 'ministry', 'Education Ministry'],
    ['Ministry of Agriculture and Farmers Welfare', 'ministry', 'Agriculture Ministry'],
    ['Ministry of Environment, Forest and Climate Change', 'ministry', 'Environment Ministry', 'MoEFCC'],
    ['Ministry of Commerce and Industry', 'ministry', 'Commerce Ministry'],
    ['Ministry of Railways', 'ministry', 'Railway Ministry'],
    ['Ministry of Road Transport and Highways', 'ministry'],
    ['Ministry of Electronics and Information Technology', 'ministry', 'MeitY'],
    ['Ministry of Information and Broadcasting', 'ministry'],
    ['Ministry of Jal Shakti', 'ministry'],
    ['Ministry of Rural Development', 'ministry'],
    ['Ministry of Housing and Urban Affairs', 'ministry'],
    ['Ministry of Women and Child Development', 'ministry'],
    ['Ministry of Law and Justice', 'ministry', 'Law Ministry'],
    ['Ministry of Power', 'ministry', 'Power Ministry'],
    ['Ministry of New and Renewable Energy', 'ministry', 'MNRE'],
    ['Ministry of Petroleum and Natural Gas', 'ministry', 'Petroleum Ministry'],
    ['Ministry of Civil Aviation', 'ministry', 'Civil Aviation Ministry'],
    ['Ministry of Earth Sciences', 'ministry'],
    ['Ministry of Science and Technology', 'ministry'],
    ['Ministry of Culture', 'ministry', 'Culture Ministry'],
    ['Ministry of Statistics and Programme Implementation', 'ministry', 'MoSPI', 'Statistics Ministry'],
    ['Ministry of Micro, Small and Medium Enterprises', 'ministry', 'MSME Ministry'],
    ['Ministry of Social Justice and Empowerment', 'ministry'],
    ['Ministry of Consumer Affairs, Food and Public Distribution', 'ministry'],
    ['Ministry of Fisheries, Animal Husbandry and Dairying', 'ministry'],
    ['Ministry of Ports, Shipping and Waterways', 'ministry'],
    ['Ministry of Youth Affairs and Sports', 'ministry', 'Sports Ministry'],
    ['Ministry of Skill Development and Entrepreneurship', 'ministry'],
    ['Ministry of Food Processing Industries', 'ministry'],
    ['Ministry of Chemicals and Fertilizers', 'ministry'],
    ['Ministry of Heavy Industries', 'ministry'],
    ['Ministry of Parliamentary Affairs', 'ministry'],
    ['Ministry of Tribal Affairs', 'ministry'],
    ['Ministry of Minority Affairs', 'ministry'],
    ['Ministry of Labour and Employment', 'ministry', 'Labour Ministry'],
    ['Ministry of Textiles', 'ministry', 'Textiles Ministry'],
    ['Ministry of Coal', 'ministry', 'Coal Ministry'],
    ['Ministry of Mines', 'ministry', 'Mines Ministry'],
    ['Ministry of Steel', 'ministry', 'Steel Ministry'],
    ['Ministry of Cooperation', 'ministry'],
    ['Ministry of Panchayati Raj', 'ministry'],
    ['Ministry of Development of North Eastern Region', 'ministry', 'DoNER Ministry'],
    ['Ministry of Tourism', 'ministry', 'Tourism Ministry'],
    ['Central Bureau of Investigation', 'agency', 'CBI'],
    ['Enforcement Directorate', 'agency'],
    ['National Investigation Agency', 'agency', 'NIA'],
    // (DRDO builds weapons; it is no agency that investigates or regulates, beside the CBI and the ED.)
    ['DRDO', 'research', 'Defence Research and Development Organisation'],
    ['Securities and Exchange Board of India', 'agency', 'SEBI'],
    ['Election Commission of India', 'government-body', 'ECI'],
    ['NITI Aayog', 'government-body'],
    ['Lok Sabha', 'legislature'],
    ['Rajya Sabha', 'legislature'],
    ['Bharatiya Janata Party', 'party', 'BJP'],
    ['Indian National Congress', 'party'],
    ['Aam Aadmi Party', 'party', 'AAP'],
    ['Trinamool Congress', 'party', 'TMC', 'All India Trinamool Congress'],
    // State and regional parties: a party's options are parties, never the venue of its rally.
    ['Jammu and Kashmir Peoples Democratic Party', 'party', 'PDP', 'Peoples Democratic Party'],
    ['Jammu and Kashmir National Conference', 'party', 'National Conference'],
    ['Dravida Munnetra Kazhagam', 'party', 'DMK'],
    ['All India Anna Dravida Munnetra Kazhagam', 'party', 'AIADMK'],
    ['Bahujan Samaj Party', 'party', 'BSP'],
    // ("SP" is left out: as often a Superintendent of Police.)
    ['Samajwadi Party', 'party'],
    ['Rashtriya Lok Dal', 'party', 'RLD'],
    ['Indian National Lok Dal', 'party', 'INLD'],
    ['Jannayak Janta Party', 'party', 'JJP'],
    ['Shiv Sena (UBT)', 'party', 'Shiv Sena (Uddhav Balasaheb Thackeray)'],
    ['Nationalist Congress Party (Sharad Pawar)', 'party', 'NCP (SP)', 'NCP(SP)'],
    ['Mizo National Front', 'party', 'MNF'],
    ['Zoram People\'s Movement', 'party', 'ZPM'],
    ['Sikkim Krantikari Morcha', 'party', 'SKM'],
    ['National People\'s Party', 'party'],
    ['Rashtriya Janata Dal', 'party', 'RJD'],
    ['Janata Dal (United)', 'party', 'JD(U)', 'JDU', 'JD-U'],
    ['Janata Dal (Secular)', 'party', 'JD(S)', 'JDS', 'JD-S'],
    ['Nationalist Congress Party', 'party', 'NCP'],
    ['Shiv Sena', 'party'],
    ['Communist Party of India (Marxist)', 'party', 'CPI(M)', 'CPI-M', 'CPM'],
    ['Communist Party of India', 'party', 'CPI'],
    ['Telugu Desam Party', 'party', 'TDP'],
    ['YSR Congress Party', 'party', 'YSRCP', 'YSR Congress'],
    ['Bharat Rashtra Samithi', 'party', 'BRS'],
    ['Biju Janata Dal', 'party', 'BJD'],
    ['All India Majlis-e-Ittehadul Muslimeen', 'party', 'AIMIM'],
    ['Jharkhand Mukti Morcha', 'party', 'JMM'],
    ['Shiromani Akali Dal', 'party', 'SAD'],
    ['Asom Gana Parishad', 'party', 'AGP'],
    ['Lok Janshakti Party (Ram Vilas)', 'party', 'LJP(RV)'],
    ['Indian Union Muslim League', 'party', 'IUML'],
  ],
  'United States': [
    ['NASA', 'space-agency', 'National Aeronautics and Space Administration'],
    ['Federal Reserve', 'central-bank', 'US Federal Reserve', 'Fed'],
    ['FBI', 'agency', 'Federal Bureau of Investigation'],
    ['CIA', 'agency', 'Central Intelligence Agency'],
    ['Pentagon', 'government-body', 'The Pentagon'],
    ['White House', 'government-body', 'The White House'],
    ['Congress', 'legislature', 'US Congress', 'U.S. Congress', 'United States Congress'],
    ['Democratic Party', 'party'],
    ['Republican Party', 'party', 'GOP'],
  ],
  'United Kingdom': [
    ['Bank of England', 'central-bank'],
    ['Labour Party', 'party'],
    ['Conservative Party', 'party'],
  ],
  Japan: [
    ['JAXA', 'space-agency', 'Japan Aerospace Exploration Agency'],
    ['Bank of Japan', 'central-bank', 'BoJ'],
  ],
  China: [
    ['China National Space Administration', 'space-agency', 'CNSA'],
    ["People's Bank of China", 'central-bank', 'PBoC'],
  ],
  Russia: [
    ['Roscosmos', 'space-agency'],
    ['Kremlin', 'government-body', 'The Kremlin'],
  ],
  // (India's neighbours' parties, which their names alone would not say: "Awami League" is no
  // sports league.)
  Bangladesh: [
    ['Awami League', 'party', 'Bangladesh Awami League'],
    ['Bangladesh Nationalist Party', 'party', 'BNP'],
    ['Jamaat-e-Islami', 'party', 'Bangladesh Jamaat-e-Islami'],
    ['National Citizen Party', 'party'],
  ],
  Pakistan: [
    ['Pakistan Muslim League (Nawaz)', 'party', 'PML-N', 'Pakistan Muslim League-Nawaz'],
    // (Not "PTI", India's news agency in Indian reports.)
    ['Pakistan Tehreek-e-Insaf', 'party'],
    ['Pakistan Peoples Party', 'party', 'PPP'],
  ],
  'Sri Lanka': [
    ['National People’s Power', 'party', "National People's Power"],
    ['Sri Lanka Podujana Peramuna', 'party', 'SLPP'],
  ],
  Nepal: [
    ['Nepali Congress', 'party'],
    ['Communist Party of Nepal (Unified Marxist–Leninist)', 'party', 'CPN-UML'],
  ],
};
