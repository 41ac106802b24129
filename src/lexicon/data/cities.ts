/** Indian cities in the news: state capitals, the largest cities, and places that recur in
 *  current-affairs questions (launch sites, heritage towns, survey toppers). Names that are
 *  also common surnames ("Puri") are left out: context still finds them. */
const INDIAN_CITIES = `
Surat Indore Vijayawada Visakhapatnam Nagpur Bhopal Patna Kanpur Thane Vadodara Ludhiana Agra Nashik
Faridabad Meerut Rajkot Varanasi Amritsar Prayagraj Allahabad Ranchi Howrah Coimbatore Jabalpur Gwalior
Madurai Guwahati Chandigarh Solapur Hubballi Mysuru Mysore Tiruchirappalli Bareilly Aligarh Tiruppur
Moradabad Jalandhar Bhubaneswar Salem Warangal Guntur Saharanpur Gorakhpur Bikaner Noida Jamshedpur
Bhilai Cuttack Kochi Cochin Nellore Bhavnagar Dehradun Durgapur Asansol Rourkela Kolhapur Ajmer Kalaburagi
Jamnagar Ujjain Siliguri Jhansi Jammu Mangaluru Mangalore Belagavi Tirunelveli Thiruvananthapuram
Udaipur Kozhikode Kurnool Ghaziabad Gurugram Gurgaon Shimla Gangtok Imphal Aizawl Kohima Itanagar
Shillong Agartala Dispur Panaji Raipur Gandhinagar Ayodhya Mathura Haridwar Tirupati
Thanjavur Balasore Jodhpur Jaisalmer Vijayapura Davanagere Srikakulam Rajahmundry Kakinada Tirupur Vellore
Thoothukudi Delhi
`.trim().split(/\s+/).concat(['Port Blair', 'Navi Mumbai']);

/** Indian towns and sites that news names alone ("fired from Sriharikota"): places to recognise,
 *  too small or too special to be offered as another city's stand-in. */
export const INDIAN_SITES: readonly string[] = `
Rishikesh Kanyakumari Rameswaram Khajuraho Darjeeling Sriharikota Pokhran Kalpakkam Kudankulam Chandipur
`.trim().split(/\s+/).concat(['Bodh Gaya']);

/**
 * Well-known cities that are not capitals (capitals come from world-countries), with the
 * country's common name as the lexicon spells it. Not exhaustive: unknown cities are still
 * found from context ("city of X", "in X, <country>").
 */
export const MAJOR_CITIES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(INDIAN_CITIES.map((city) => [city, 'India'])),
  'New York': 'United States', 'New York City': 'United States', 'Los Angeles': 'United States',
  Chicago: 'United States', Houston: 'United States', 'San Francisco': 'United States', Boston: 'United States',
  Seattle: 'United States', Miami: 'United States', Atlanta: 'United States', Dallas: 'United States',
  Philadelphia: 'United States', Detroit: 'United States', 'Las Vegas': 'United States', 'New Orleans': 'United States',
  'San Diego': 'United States', Denver: 'United States', Phoenix: 'United States', Baltimore: 'United States',
  Honolulu: 'United States', Toronto: 'Canada', Montreal: 'Canada', Vancouver: 'Canada', Calgary: 'Canada',
  Sydney: 'Australia', Melbourne: 'Australia', Brisbane: 'Australia', Perth: 'Australia', Adelaide: 'Australia',
  Auckland: 'New Zealand', Christchurch: 'New Zealand', Shanghai: 'China', 'Hong Kong': 'China',
  Guangzhou: 'China', Shenzhen: 'China', Wuhan: 'China', Chengdu: 'China', Tianjin: 'China', Chongqing: 'China',
  Osaka: 'Japan', Kyoto: 'Japan', Yokohama: 'Japan', Hiroshima: 'Japan', Nagasaki: 'Japan', Fukushima: 'Japan',
  Sapporo: 'Japan', Nagoya: 'Japan', Busan: 'South Korea', Mumbai: 'India', Kolkata: 'India', Chennai: 'India',
  Bengaluru: 'India', Bangalore: 'India', Hyderabad: 'India', Ahmedabad: 'India', Pune: 'India', Jaipur: 'India',
  Lucknow: 'India', Srinagar: 'India', Karachi: 'Pakistan', Lahore: 'Pakistan', Peshawar: 'Pakistan',
  Chittagong: 'Bangladesh', Kandahar: 'Afghanistan', Herat: 'Afghanistan', 'Saint Petersburg': 'Russia',
  'St. Petersburg': 'Russia', 'St Petersburg': 'Russia', Vladivostok: 'Russia', Novosibirsk: 'Russia',
  Sochi: 'Russia', Istanbul: 'Turkey', Izmir: 'Turkey', Dubai: 'United Arab Emirates', Jeddah: 'Saudi Arabia',
  Mecca: 'Saudi Arabia', Medina: 'Saudi Arabia', Basra: 'Iraq', Mosul: 'Iraq', Aleppo: 'Syria',
  Alexandria: 'Egypt', 'Tel Aviv': 'Israel', Haifa: 'Israel', Casablanca: 'Morocco', Lagos: 'Nigeria',
  Johannesburg: 'South Africa', 'Cape Town': 'South Africa', Durban: 'South Africa', Mombasa: 'Kenya',
  Manchester: 'United Kingdom', Birmingham: 'United Kingdom', Liverpool: 'United Kingdom', Glasgow: 'United Kingdom',
  Edinburgh: 'United Kingdom', Cardiff: 'United Kingdom', Belfast: 'United Kingdom', Oxford: 'United Kingdom',
  Cambridge: 'United Kingdom', Leeds: 'United Kingdom', Bristol: 'United Kingdom', Marseille: 'France',
  Lyon: 'France', Nice: 'France', Toulouse: 'France', Strasbourg: 'France', Munich: 'Germany', Hamburg: 'Germany',
  Frankfurt: 'Germany', Cologne: 'Germany', Stuttgart: 'Germany', Milan: 'Italy', Naples: 'Italy', Venice: 'Italy',
  Florence: 'Italy', Turin: 'Italy', Barcelona: 'Spain', Valencia: 'Spain', Seville: 'Spain', Porto: 'Portugal',
  Geneva: 'Switzerland', Zurich: 'Switzerland', Rotterdam: 'Netherlands', Antwerp: 'Belgium',
  Krakow: 'Poland', Gdansk: 'Poland', Kharkiv: 'Ukraine', Odesa: 'Ukraine', Odessa: 'Ukraine', Lviv: 'Ukraine',
  'Rio de Janeiro': 'Brazil', 'São Paulo': 'Brazil', 'Sao Paulo': 'Brazil', Salvador: 'Brazil',
  'Buenos Aires': 'Argentina', Guadalajara: 'Mexico', Monterrey: 'Mexico', Tijuana: 'Mexico',
  Medellín: 'Colombia', Medellin: 'Colombia', 'Ho Chi Minh City': 'Vietnam', Surabaya: 'Indonesia',
  Cebu: 'Philippines', Davao: 'Philippines', 'Chiang Mai': 'Thailand', Phuket: 'Thailand',
};

/** Spellings of a capital the package lacks, with the name to show. */
export const CITY_SPELLINGS: Readonly<Record<string, string>> = {
  'Washington D.C.': 'Washington, D.C.',
  'Washington DC': 'Washington, D.C.',
};

/** Cities whose state every reader knows: India's metros and state capitals ("In which state is
 *  Mumbai?" asks what no student needs to learn; "In which state is Raisen?" does). */
export const CITIES_OF_KNOWN_STATE: readonly string[] = `
Mumbai Kolkata Chennai Bengaluru Bangalore Hyderabad Ahmedabad Pune Lucknow Jaipur Bhopal Patna
Thiruvananthapuram Bhubaneswar Guwahati Dispur Srinagar Shimla Dehradun Ranchi Raipur Gandhinagar
Chandigarh Panaji Gangtok Imphal Aizawl Kohima Itanagar Shillong Agartala Amaravati Kanpur Varanasi
Nagpur Surat Indore Kochi Visakhapatnam Coimbatore Madurai Amritsar Ludhiana Agra Noida Gurugram
`.trim().split(/\s+/);
