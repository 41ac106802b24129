/**
 * Rivers news names, by the country they are best known in (the lexicon's country names).
 * `bare: false` marks names that alone mean something else (Jordan, Congo, Krishna): they
 * are the river only as "the X River" or "River X".
 */

export interface River {
  name: string;
  aliases?: readonly string[];
  country: string;
  bare?: false;
}

export const RIVERS: readonly River[] = [
  { name: 'Ganga', aliases: ['Ganges'], country: 'India' },
  { name: 'Yamuna', country: 'India' },
  { name: 'Brahmaputra', country: 'India' },
  { name: 'Godavari', country: 'India' },
  { name: 'Krishna', country: 'India', bare: false },
  { name: 'Kaveri', aliases: ['Cauvery'], country: 'India' },
  { name: 'Narmada', country: 'India' },
  { name: 'Tapi', aliases: ['Tapti'], country: 'India' },
  { name: 'Mahanadi', country: 'India' },
  { name: 'Sutlej', country: 'India' },
  { name: 'Beas', country: 'India' },
  { name: 'Ravi', country: 'India', bare: false },
  { name: 'Chenab', country: 'India' },
  { name: 'Jhelum', country: 'India' },
  { name: 'Teesta', aliases: ['Tista'], country: 'India' },
  { name: 'Chambal', country: 'India' },
  { name: 'Ghaghara', country: 'India' },
  { name: 'Gandak', country: 'India' },
  { name: 'Kosi', country: 'India' },
  { name: 'Periyar', country: 'India', bare: false },
  { name: 'Sabarmati', country: 'India' },
  { name: 'Tungabhadra', country: 'India' },
  { name: 'Damodar', country: 'India' },
  { name: 'Indus', country: 'Pakistan' },
  { name: 'Padma', country: 'Bangladesh' },
  { name: 'Meghna', country: 'Bangladesh' },
  { name: 'Jamuna', country: 'Bangladesh' },
  { name: 'Irrawaddy', aliases: ['Ayeyarwady'], country: 'Myanmar' },
  { name: 'Mekong', country: 'Vietnam' },
  { name: 'Yangtze', country: 'China' },
  { name: 'Yellow River', aliases: ['Huang He'], country: 'China' },
  { name: 'Amur', country: 'Russia' },
  { name: 'Volga', country: 'Russia' },
  { name: 'Ob', country: 'Russia', bare: false },
  { name: 'Lena', country: 'Russia', bare: false },
  { name: 'Yenisei', country: 'Russia' },
  { name: 'Dnieper', aliases: ['Dnipro'], country: 'Ukraine' },
  { name: 'Danube', country: 'Germany' },
  { name: 'Rhine', country: 'Germany' },
  { name: 'Elbe', country: 'Germany' },
  { name: 'Seine', country: 'France' },
  { name: 'Loire', country: 'France' },
  { name: 'Thames', country: 'United Kingdom' },
  { name: 'Tigris', country: 'Iraq' },
  { name: 'Euphrates', country: 'Iraq' },
  { name: 'Jordan', country: 'Israel', bare: false },
  { name: 'Nile', country: 'Egypt' },
  { name: 'Congo', country: 'DR Congo', bare: false },
  { name: 'Niger', country: 'Nigeria', bare: false },
  { name: 'Zambezi', country: 'Zambia' },
  { name: 'Limpopo', country: 'South Africa' },
  { name: 'Mississippi', country: 'United States', bare: false },
  { name: 'Missouri', country: 'United States', bare: false },
  { name: 'Colorado', country: 'United States', bare: false },
  { name: 'Hudson', country: 'United States', bare: false },
  { name: 'Potomac', country: 'United States' },
  { name: 'Rio Grande', country: 'United States' },
  { name: 'St. Lawrence', country: 'Canada', bare: false },
  { name: 'Amazon', country: 'Brazil', bare: false },
  { name: 'Paraná', aliases: ['Parana'], country: 'Brazil', bare: false },
  { name: 'Orinoco', country: 'Venezuela' },
  { name: 'Murray', country: 'Australia', bare: false },
];
