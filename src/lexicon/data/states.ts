/**
 * First-level states, provinces and territories of the countries news most often covers, by
 * country (the lexicon's country names). One another's options: a state answer gets states.
 */

export interface StateList {
  states: readonly string[];
  /** Union territories, federal territories: options for states too. */
  territories?: readonly string[];
}

export const STATES: Readonly<Record<string, StateList>> = {
  India: {
    states: [
      'Andhra Pradesh', 'Arunachal Pradesh', 'Assam', 'Bihar', 'Chhattisgarh', 'Goa', 'Gujarat', 'Haryana', 'Himachal Pradesh',
      'Jharkhand', 'Karnataka', 'Kerala', 'Madhya Pradesh', 'Maharashtra', 'Manipur', 'Meghalaya', 'Mizoram', 'Nagaland',
      'Odisha', 'Punjab', 'Rajasthan', 'Sikkim', 'Tamil Nadu', 'Telangana', 'Tripura', 'Uttar Pradesh', 'Uttarakhand', 'West Bengal',
    ],
    // Delhi and Chandigarh are left out: in news they are the cities far more often.
    territories: ['Jammu and Kashmir', 'Ladakh', 'Puducherry', 'Lakshadweep', 'Andaman and Nicobar Islands', 'Dadra and Nagar Haveli and Daman and Diu'],
  },
  'United States': {
    states: [
      'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
      'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
      'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
      'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
      'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
      'West Virginia', 'Wisconsin', 'Wyoming',
    ],
  },
  Canada: {
    states: ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan'],
  },
  Australia: {
    states: ['New South Wales', 'Queensland', 'South Australia', 'Tasmania', 'Victoria', 'Western Australia'],
    territories: ['Northern Territory'],
  },
  Pakistan: { states: ['Punjab', 'Sindh', 'Balochistan', 'Khyber Pakhtunkhwa'] },
  China: { states: ['Sichuan', 'Guangdong', 'Hubei', 'Yunnan'] },
  Japan: { states: ['Hokkaido', 'Okinawa'] },
  Russia: { states: ['Chechnya', 'Dagestan'] },
};

/** State names that in news mean a country, a capital or a city far more often ("Georgia",
 *  "Washington"): not recognised as states by name alone, still options for a state. */
export const USUALLY_NOT_THE_STATE: readonly string[] = ['Georgia', 'Washington', 'New York'];
