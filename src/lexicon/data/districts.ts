/** Districts of India by state or union territory, as English news spells them: places to
 *  recognise ("in Kerala's Wayanad", "Malappuram District Collector …") and to offer as options
 *  beside another district of the same state. Names that are also everyday English words or
 *  common personal names are left out (see the note at the end). */
export const INDIAN_DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  'Andhra Pradesh': words(`
    Anakapalli, Anantapur, Bapatla, Chittoor, East Godavari, Eluru, Guntur, Kadapa, Kakinada, Konaseema,
    Kurnool, Nandyal, Nellore, Palnadu, Parvathipuram Manyam, Srikakulam, Tirupati, Visakhapatnam, Vizianagaram, West Godavari`),
  'Arunachal Pradesh': words(`
    Anjaw, Bichom, Changlang, Dibang Valley, East Kameng, East Siang, Kamle, Keyi Panyor, Kra Daadi, Kurung Kumey, Lepa Rada,
    Longding, Lower Dibang Valley, Lower Siang, Lower Subansiri, Namsai, Pakke-Kessang, Papum Pare, Shi Yomi, Siang, Tawang,
    Tirap, Upper Siang, Upper Subansiri, West Kameng, West Siang`),
  Assam: words(`
    Bajali, Baksa, Barpeta, Biswanath, Bongaigaon, Cachar, Charaideo, Chirang, Darrang, Dhemaji, Dhubri, Dibrugarh, Dima Hasao,
    Goalpara, Golaghat, Hailakandi, Hojai, Jorhat, Kamrup, Kamrup Metropolitan, Karbi Anglong, Karimganj, Kokrajhar, Lakhimpur,
    Majuli, Morigaon, Nagaon, Nalbari, Sivasagar, Sonitpur, South Salmara-Mankachar, Sribhumi, Tamulpur, Tinsukia, Udalguri,
    West Karbi Anglong`),
  Bihar: words(`
    Araria, Arwal, Aurangabad, Banka, Begusarai, Bhagalpur, Bhojpur, Buxar, Darbhanga, East Champaran, Gaya, Gopalganj, Jamui,
    Jehanabad, Kaimur, Katihar, Khagaria, Kishanganj, Lakhisarai, Madhepura, Madhubani, Munger, Muzaffarpur, Nalanda, Nawada,
    Patna, Purnia, Rohtas, Saharsa, Samastipur, Sheikhpura, Sheohar, Sitamarhi, Siwan, Supaul, West Champaran`),
  Chhattisgarh: words(`
    Balod, Baloda Bazar, Balrampur, Bastar, Bemetara, Bijapur, Bilaspur, Dantewada, Dhamtari, Durg, Gariaband,
    Gaurela-Pendra-Marwahi, Janjgir-Champa, Jashpur, Kabirdham, Kanker, Khairagarh-Chhuikhadan-Gandai, Kondagaon, Korba, Koriya,
    Mahasamund, Manendragarh-Chirmiri-Bharatpur, Mohla-Manpur-Ambagarh Chowki, Mungeli, Narayanpur, Raigarh, Raipur, Rajnandgaon,
    Sarangarh-Bilaigarh, Sukma, Surajpur, Surguja`),
  Goa: words(`North Goa, South Goa`),
  Gujarat: words(`
    Ahmedabad, Amreli, Banaskantha, Bharuch, Bhavnagar, Botad, Chhota Udaipur, Dahod, Devbhoomi Dwarka, Gandhinagar, Gir Somnath,
    Jamnagar, Junagadh, Kheda, Kutch, Mahisagar, Mehsana, Morbi, Navsari, Panchmahal, Patan, Porbandar, Rajkot, Sabarkantha,
    Surat, Surendranagar, Tapi, Vadodara, Valsad, Vav-Tharad`),
  Haryana: words(`
    Ambala, Bhiwani, Charkhi Dadri, Faridabad, Fatehabad, Gurugram, Hisar, Jhajjar, Jind, Kaithal, Karnal, Kurukshetra,
    Mahendragarh, Nuh, Palwal, Panchkula, Panipat, Rewari, Rohtak, Sirsa, Sonipat, Yamunanagar`),
  'Himachal Pradesh': words(`Bilaspur, Chamba, Hamirpur, Kangra, Kinnaur, Kullu, Lahaul and Spiti, Shimla, Sirmaur, Solan`),
  Jharkhand: words(`
    Bokaro, Chatra, Deoghar, Dhanbad, Dumka, East Singhbhum, Garhwa, Giridih, Godda, Gumla, Hazaribagh, Jamtara, Khunti, Koderma,
    Latehar, Lohardaga, Pakur, Palamu, Ramgarh, Ranchi, Sahibganj, Seraikela Kharsawan, Simdega, West Singhbhum`),
  Karnataka: words(`
    Bagalkot, Ballari, Belagavi, Bengaluru Rural, Bengaluru South, Bengaluru Urban, Bidar, Chamarajanagar, Chikkaballapur,
    Chikkamagaluru, Chitradurga, Dakshina Kannada, Davanagere, Dharwad, Gadag, Haveri, Kalaburagi, Kodagu, Kolar, Koppal, Mandya,
    Mysuru, Raichur, Ramanagara, Shivamogga, Tumakuru, Udupi, Uttara Kannada, Vijayanagara, Vijayapura, Yadgir`),
  Kerala: words(`
    Alappuzha, Ernakulam, Idukki, Kannur, Kasaragod, Kollam, Kottayam, Kozhikode, Malappuram, Palakkad, Pathanamthitta,
    Thiruvananthapuram, Thrissur, Wayanad`),
  'Madhya Pradesh': words(`
    Agar Malwa, Alirajpur, Anuppur, Ashoknagar, Balaghat, Barwani, Betul, Bhind, Bhopal, Burhanpur, Chhatarpur, Chhindwara, Damoh,
    Datia, Dewas, Dindori, Gwalior, Harda, Indore, Jabalpur, Jhabua, Katni, Khandwa, Khargone, Maihar, Mandla, Mandsaur, Mauganj,
    Morena, Narmadapuram, Narsinghpur, Neemuch, Niwari, Pandhurna, Panna, Raisen, Rajgarh, Ratlam, Rewa, Satna, Sehore, Seoni,
    Shahdol, Shajapur, Sheopur, Shivpuri, Singrauli, Tikamgarh, Ujjain, Umaria, Vidisha`),
  Maharashtra: words(`
    Ahilyanagar, Akola, Amravati, Aurangabad, Beed, Bhandara, Buldhana, Chandrapur, Chhatrapati Sambhajinagar, Dharashiv, Dhule,
    Gadchiroli, Gondia, Hingoli, Jalgaon, Jalna, Kolhapur, Latur, Mumbai City, Mumbai Suburban, Nagpur, Nanded, Nandurbar,
    Nashik, Palghar, Parbhani, Pune, Raigad, Ratnagiri, Sangli, Satara, Sindhudurg, Solapur, Thane, Wardha, Washim, Yavatmal`),
  Manipur: words(`
    Bishnupur, Churachandpur, Imphal East, Imphal West, Jiribam, Kakching, Kamjong, Kangpokpi, Noney, Pherzawl, Tamenglong,
    Tengnoupal, Thoubal, Ukhrul`),
  Meghalaya: words(`
    East Garo Hills, East Jaintia Hills, East Khasi Hills, Eastern West Khasi Hills, North Garo Hills, Ri-Bhoi, South Garo Hills,
    South West Garo Hills, South West Khasi Hills, West Garo Hills, West Jaintia Hills, West Khasi Hills`),
  Mizoram: words(`Aizawl, Champhai, Hnahthial, Khawzawl, Kolasib, Lawngtlai, Lunglei, Mamit, Saitual, Serchhip, Siaha`),
  Nagaland: words(`
    Chumoukedima, Dimapur, Kiphire, Kohima, Longleng, Meluri, Mokokchung, Niuland, Noklak, Peren, Phek, Shamator, Tseminyu,
    Tuensang, Wokha, Zunheboto`),
  Odisha: words(`
    Angul, Balangir, Balasore, Bargarh, Bhadrak, Boudh, Cuttack, Deogarh, Dhenkanal, Gajapati, Ganjam, Jagatsinghpur, Jajpur,
    Jharsuguda, Kalahandi, Kandhamal, Kendrapara, Keonjhar, Khordha, Koraput, Malkangiri, Mayurbhanj, Nabarangpur, Nayagarh,
    Nuapada, Rayagada, Sambalpur, Subarnapur, Sundargarh`),
  Punjab: words(`
    Amritsar, Barnala, Bathinda, Faridkot, Fatehgarh Sahib, Fazilka, Ferozepur, Gurdaspur, Hoshiarpur, Jalandhar, Kapurthala,
    Ludhiana, Malerkotla, Mansa, Moga, Mohali, Muktsar, Nawanshahr, Pathankot, Patiala, Rupnagar, Sangrur, Tarn Taran`),
  Rajasthan: words(`
    Ajmer, Alwar, Balotra, Banswara, Baran, Barmer, Beawar, Bharatpur, Bhilwara, Bikaner, Bundi, Chittorgarh, Churu, Dausa, Deeg,
    Dholpur, Didwana-Kuchaman, Dungarpur, Hanumangarh, Jaipur, Jaisalmer, Jalore, Jhalawar, Jhunjhunu, Jodhpur, Karauli,
    Khairthal-Tijara, Kota, Kotputli-Behror, Nagaur, Phalodi, Pratapgarh, Rajsamand, Salumbar, Sawai Madhopur, Sikar, Sirohi,
    Sri Ganganagar, Tonk, Udaipur`),
  Sikkim: words(`
    East Sikkim, Gangtok, Gyalshing, Mangan, Namchi, North Sikkim, Pakyong, Soreng, South Sikkim, West Sikkim`),
  'Tamil Nadu': words(`
    Ariyalur, Chengalpattu, Chennai, Coimbatore, Cuddalore, Dharmapuri, Dindigul, Kallakurichi, Kancheepuram, Kanniyakumari,
    Karur, Krishnagiri, Madurai, Mayiladuthurai, Nagapattinam, Namakkal, Nilgiris, Perambalur, Pudukkottai, Ramanathapuram,
    Ranipet, Salem, Sivaganga, Tenkasi, Thanjavur, Theni, Thoothukudi, Tiruchirappalli, Tirunelveli, Tirupathur, Tiruppur,
    Tiruvallur, Tiruvannamalai, Tiruvarur, Vellore, Viluppuram, Virudhunagar`),
  Telangana: words(`
    Adilabad, Bhadradri Kothagudem, Hanumakonda, Hyderabad, Jagtial, Jangaon, Jayashankar Bhupalpally, Jogulamba Gadwal,
    Kamareddy, Karimnagar, Khammam, Komaram Bheem Asifabad, Mahabubabad, Mahabubnagar, Mancherial, Medak, Medchal-Malkajgiri,
    Mulugu, Nagarkurnool, Nalgonda, Narayanpet, Nizamabad, Peddapalli, Rajanna Sircilla, Rangareddy, Sangareddy, Siddipet,
    Suryapet, Vikarabad, Wanaparthy, Warangal, Yadadri Bhuvanagiri`),
  Tripura: words(`Dhalai, Gomati, Khowai, North Tripura, Sepahijala, South Tripura, Unakoti, West Tripura`),
  'Uttar Pradesh': words(`
    Agra, Aligarh, Ambedkar Nagar, Amethi, Amroha, Auraiya, Ayodhya, Azamgarh, Baghpat, Bahraich, Ballia, Balrampur, Barabanki,
    Bareilly, Bhadohi, Bijnor, Budaun, Bulandshahr, Chandauli, Chitrakoot, Deoria, Etah, Etawah, Farrukhabad, Fatehpur,
    Firozabad, Gautam Buddh Nagar, Ghaziabad, Ghazipur, Gonda, Gorakhpur, Hamirpur, Hapur, Hardoi, Hathras, Jalaun, Jaunpur,
    Jhansi, Kannauj, Kanpur Dehat, Kanpur Nagar, Kasganj, Kaushambi, Kushinagar, Lakhimpur Kheri, Lalitpur, Lucknow,
    Maharajganj, Mahoba, Mainpuri, Mathura, Mau, Meerut, Mirzapur, Moradabad, Muzaffarnagar, Pilibhit, Pratapgarh, Prayagraj,
    Rae Bareli, Rampur, Saharanpur, Sambhal, Sant Kabir Nagar, Shahjahanpur, Shamli, Shravasti, Siddharthnagar, Sitapur,
    Sonbhadra, Sultanpur, Unnao, Varanasi`),
  Uttarakhand: words(`
    Almora, Bageshwar, Chamoli, Champawat, Dehradun, Haridwar, Nainital, Pauri Garhwal, Pithoragarh, Rudraprayag, Tehri Garhwal,
    Udham Singh Nagar, Uttarkashi`),
  'West Bengal': words(`
    Alipurduar, Bankura, Birbhum, Cooch Behar, Dakshin Dinajpur, Darjeeling, Hooghly, Howrah, Jalpaiguri, Jhargram, Kalimpong,
    Kolkata, Malda, Murshidabad, North 24 Parganas, Paschim Bardhaman, Paschim Medinipur, Purba Bardhaman, Purba Medinipur,
    Purulia, South 24 Parganas, Uttar Dinajpur`),
  'Andaman and Nicobar Islands': words(`Nicobar, North and Middle Andaman, South Andaman`),
  'Dadra and Nagar Haveli and Daman and Diu': words(`Dadra and Nagar Haveli, Daman, Diu`),
  // Not a key in STATES (news means the city), but its districts are news places of their own.
  Delhi: words(`
    Central Delhi, East Delhi, North Delhi, North East Delhi, North West Delhi, Shahdara, South Delhi, South East Delhi,
    South West Delhi, West Delhi`),
  'Jammu and Kashmir': words(`
    Anantnag, Bandipora, Baramulla, Budgam, Doda, Ganderbal, Jammu, Kathua, Kishtwar, Kulgam, Kupwara, Poonch, Pulwama, Rajouri,
    Ramban, Reasi, Shopian, Srinagar, Udhampur`),
  // Leh and Kargil, with the districts announced in 2024 that news already names.
  Ladakh: words(`Changthang, Drass, Kargil, Leh, Nubra, Zanskar`),
  Puducherry: words(`Karaikal, Mahe, Yanam`),
};

/** Well-known alternative spellings news still uses, with the spelling above they stand for. */
export const DISTRICT_SPELLINGS: Readonly<Record<string, string>> = {
  // Andhra Pradesh, Telangana
  Anantapuramu: 'Anantapur', Cuddapah: 'Kadapa', 'YSR Kadapa': 'Kadapa', 'YSR District': 'Kadapa', Vizag: 'Visakhapatnam',
  'Sri Potti Sriramulu Nellore': 'Nellore', 'SPSR Nellore': 'Nellore', 'Dr. B.R. Ambedkar Konaseema': 'Konaseema',
  'Ranga Reddy': 'Rangareddy', 'Warangal Urban': 'Hanumakonda', 'Warangal Rural': 'Warangal', Jagitial: 'Jagtial',
  Bhupalpally: 'Jayashankar Bhupalpally', Bhadradri: 'Bhadradri Kothagudem', Kothagudem: 'Bhadradri Kothagudem',
  'Jogulamba-Gadwal': 'Jogulamba Gadwal', Gadwal: 'Jogulamba Gadwal', Asifabad: 'Komaram Bheem Asifabad',
  'Kumuram Bheem Asifabad': 'Komaram Bheem Asifabad', Sircilla: 'Rajanna Sircilla', Bhongir: 'Yadadri Bhuvanagiri',
  'Yadadri-Bhuvanagiri': 'Yadadri Bhuvanagiri', 'Medchal Malkajgiri': 'Medchal-Malkajgiri', Mahbubnagar: 'Mahabubnagar',
  Jangoan: 'Jangaon', Wanaparthi: 'Wanaparthy',
  // Assam, the North-East
  Marigaon: 'Morigaon', Sibsagar: 'Sivasagar', 'North Cachar Hills': 'Dima Hasao', 'Kamrup Metro': 'Kamrup Metropolitan',
  'South Salmara': 'South Salmara-Mankachar', Saiha: 'Siaha', Chumukedima: 'Chumoukedima', 'Ri Bhoi': 'Ri-Bhoi',
  'Pakke Kessang': 'Pakke-Kessang',
  // Bihar, Jharkhand, Odisha, West Bengal
  Purnea: 'Purnia', Monghyr: 'Munger', 'Purbi Champaran': 'East Champaran', 'Paschim Champaran': 'West Champaran',
  Sahebganj: 'Sahibganj', 'Saraikela Kharsawan': 'Seraikela Kharsawan', 'Seraikela-Kharsawan': 'Seraikela Kharsawan',
  'Purbi Singhbhum': 'East Singhbhum', 'Pashchimi Singhbhum': 'West Singhbhum', Bolangir: 'Balangir', Baleswar: 'Balasore',
  Kendujhar: 'Keonjhar', Khurda: 'Khordha', Khorda: 'Khordha', Sonepur: 'Subarnapur', Nowrangpur: 'Nabarangpur',
  Anugul: 'Angul', Jajapur: 'Jajpur', Maldah: 'Malda', 'Koch Bihar': 'Cooch Behar', 'South Dinajpur': 'Dakshin Dinajpur',
  'North Dinajpur': 'Uttar Dinajpur', 'East Midnapore': 'Purba Medinipur', 'West Midnapore': 'Paschim Medinipur',
  'East Medinipur': 'Purba Medinipur', 'West Medinipur': 'Paschim Medinipur', 'East Burdwan': 'Purba Bardhaman',
  'West Burdwan': 'Paschim Bardhaman', 'North Twenty-Four Parganas': 'North 24 Parganas',
  'South Twenty-Four Parganas': 'South 24 Parganas', Hugli: 'Hooghly', Calcutta: 'Kolkata',
  // Chhattisgarh, Madhya Pradesh
  Kawardha: 'Kabirdham', 'Dakshin Bastar Dantewada': 'Dantewada', 'Uttar Bastar Kanker': 'Kanker',
  'Balodabazar-Bhatapara': 'Baloda Bazar', 'Janjgir Champa': 'Janjgir-Champa', 'Gaurela Pendra Marwahi': 'Gaurela-Pendra-Marwahi',
  Sarguja: 'Surguja', Hoshangabad: 'Narmadapuram', 'Ashok Nagar': 'Ashoknagar', 'Agar-Malwa': 'Agar Malwa',
  'East Nimar': 'Khandwa', 'West Nimar': 'Khargone', Badwani: 'Barwani', Narsimhapur: 'Narsinghpur',
  // Gujarat, Maharashtra, Goa
  Kachchh: 'Kutch', Mahesana: 'Mehsana', Panchmahals: 'Panchmahal', Dohad: 'Dahod', Baroda: 'Vadodara',
  'Banas Kantha': 'Banaskantha', 'Sabar Kantha': 'Sabarkantha', 'Gir-Somnath': 'Gir Somnath', 'Dev Bhumi Dwarka': 'Devbhoomi Dwarka',
  Osmanabad: 'Dharashiv', Ahmednagar: 'Ahilyanagar', Gondiya: 'Gondia', Buldana: 'Buldhana', Nasik: 'Nashik',
  Poona: 'Pune', Bombay: 'Mumbai City', Ahmadnagar: 'Ahilyanagar', Mumbai: 'Mumbai City',
  // Karnataka, Kerala, Tamil Nadu, Puducherry
  Bellary: 'Ballari', Belgaum: 'Belagavi', Gulbarga: 'Kalaburagi', Mysore: 'Mysuru', Shimoga: 'Shivamogga', Tumkur: 'Tumakuru',
  Chikmagalur: 'Chikkamagaluru', Chikkamagalur: 'Chikkamagaluru', Chikballapur: 'Chikkaballapur', Coorg: 'Kodagu',
  Davangere: 'Davanagere', Bagalkote: 'Bagalkot', Yadagiri: 'Yadgir', Chamarajanagara: 'Chamarajanagar',
  'Bangalore Urban': 'Bengaluru Urban', 'Bangalore Rural': 'Bengaluru Rural', Bengaluru: 'Bengaluru Urban', Bangalore: 'Bengaluru Urban', 'South Kanara': 'Dakshina Kannada',
  'North Kanara': 'Uttara Kannada', Ramanagaram: 'Ramanagara', Alleppey: 'Alappuzha', Trichur: 'Thrissur',
  Calicut: 'Kozhikode', Cannanore: 'Kannur', Quilon: 'Kollam', Palghat: 'Palakkad', Trivandrum: 'Thiruvananthapuram',
  Kasargod: 'Kasaragod', Kasargode: 'Kasaragod', Trichy: 'Tiruchirappalli', Tiruchi: 'Tiruchirappalli',
  Tuticorin: 'Thoothukudi', Kanchipuram: 'Kancheepuram', Kanyakumari: 'Kanniyakumari', Villupuram: 'Viluppuram',
  Tirupur: 'Tiruppur', Thiruvallur: 'Tiruvallur', Thiruvarur: 'Tiruvarur', Sivagangai: 'Sivaganga', Pudukottai: 'Pudukkottai',
  Tanjore: 'Thanjavur', Tirupattur: 'Tirupathur', 'The Nilgiris': 'Nilgiris', Madras: 'Chennai',
  // North India
  Gurgaon: 'Gurugram', Hissar: 'Hisar', Mewat: 'Nuh', Sonepat: 'Sonipat', Bhatinda: 'Bathinda', Firozpur: 'Ferozepur',
  Ropar: 'Rupnagar', 'SAS Nagar': 'Mohali', 'Sahibzada Ajit Singh Nagar': 'Mohali', 'SBS Nagar': 'Nawanshahr',
  'Shaheed Bhagat Singh Nagar': 'Nawanshahr', 'Sri Muktsar Sahib': 'Muktsar', 'Lahaul-Spiti': 'Lahaul and Spiti',
  'Lahul and Spiti': 'Lahaul and Spiti', Kulu: 'Kullu', Simla: 'Shimla', Jalor: 'Jalore', Dhaulpur: 'Dholpur',
  Chittaurgarh: 'Chittorgarh', Ganganagar: 'Sri Ganganagar', Allahabad: 'Prayagraj', Faizabad: 'Ayodhya',
  'Gautam Buddha Nagar': 'Gautam Buddh Nagar', Raebareli: 'Rae Bareli', Badaun: 'Budaun',
  Kheri: 'Lakhimpur Kheri', Mahrajganj: 'Maharajganj', 'Sant Ravidas Nagar': 'Bhadohi', Benares: 'Varanasi',
  Banaras: 'Varanasi', Kanpur: 'Kanpur Nagar', Pauri: 'Pauri Garhwal', Tehri: 'Tehri Garhwal', Hardwar: 'Haridwar',
  Bandipore: 'Bandipora', Badgam: 'Budgam', Shupiyan: 'Shopian', Baramula: 'Baramulla', Rajauri: 'Rajouri',
};

function words(list: string): string[] {
  return list.trim().split(/\s*,\s*|\n/).map((w) => w.trim()).filter(Boolean);
}

// Left out: names that are also everyday English words or news words (Erode, Mandi, Dang, Una, Banda, Basti, Samba, Mon,
// Pali, Guna, Sakti); common given names or surnames (Puri, Anand, Sagar, Dhar, Sidhi, Hassan, Vaishali, Nadia, Nirmal,
// Saran, Senapati, Chandel, Prakasam, Lohit, Krishna); districts named after a person, which news means far more often
// (NTR, Alluri Sitharama Raju, Sri Sathya Sai, Annamayya); names news means as something else (Narmada, the river;
// Aravalli, the hills; New Delhi, the capital); and names that are a state's or UT's own (Chandigarh, Lakshadweep,
// Puducherry) or a country's (Korea, for Koriya). Itanagar's Capital Complex district is left to the city name.
