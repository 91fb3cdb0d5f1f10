# Countries and territories: names, national adjectives (demonym:) and capital cities standing for the
# government (capital:, e.g. "Washington said"; not after "in", "at", ... nor in a dateline).
# Ids are ISO 3166-1 alpha-2 codes in lower case; countries that ceased to exist carry `valid:` dates.
# Format: see us-government.lex.

af | country | Afghanistan
  demonym: Afghan
  capital: Kabul {standalone}

al | country | Albania
  demonym: Albanian
  capital: Tirana {standalone}

dz | country | Algeria
  demonym: Algerian
  capital: Algiers {standalone}

ad | country | Andorra
  demonym: Andorran

ao | country | Angola
  demonym: Angolan
  capital: Luanda {standalone}

ag | country | Antigua and Barbuda
  alias: Antigua
  demonym: Antiguan

ar | country | Argentina
  demonym: Argentine | Argentinian
  capital: Buenos Aires {standalone}

am | country | Armenia
  demonym: Armenian
  capital: Yerevan {standalone}

au | country | Australia
  demonym: Australian
  capital: Canberra {standalone}

at | country | Austria
  demonym: Austrian
  capital: Vienna {standalone}

az | country | Azerbaijan
  demonym: Azerbaijani
  capital: Baku {standalone}

bs | country | Bahamas
  alias: The Bahamas
  demonym: Bahamian
  capital: Nassau {standalone}

bh | country | Bahrain
  demonym: Bahraini
  capital: Manama {standalone}

bd | country | Bangladesh
  demonym: Bangladeshi
  capital: Dhaka {standalone} | Dacca {standalone}

bb | country | Barbados
  demonym: Barbadian

by | country | Belarus
  alias: Byelorussia
  demonym: Belarusian | Byelorussian
  capital: Minsk {standalone}

be | country | Belgium
  demonym: Belgian

bz | country | Belize
  demonym: Belizean

bj | country | Benin
  demonym: Beninese

bt | country | Bhutan
  demonym: Bhutanese
  capital: Thimphu {standalone}

bo | country | Bolivia
  demonym: Bolivian
  capital: La Paz {standalone}

ba | country | Bosnia and Herzegovina
  alias: Bosnia
  demonym: Bosnian
  capital: Sarajevo {standalone}

bw | country | Botswana
  demonym: Botswanan
  capital: Gaborone {standalone}

br | country | Brazil
  demonym: Brazilian
  capital: Brasilia {standalone} | Brasília {standalone}

bn | country | Brunei
  demonym: Bruneian

bg | country | Bulgaria
  demonym: Bulgarian
  capital: Sofia {standalone}

bf | country | Burkina Faso
  alias: Upper Volta
  demonym: Burkinabe
  capital: Ouagadougou {standalone}

bi | country | Burundi
  demonym: Burundian
  capital: Bujumbura {standalone}

cv | country | Cape Verde
  alias: Cabo Verde
  demonym: Cape Verdean

kh | country | Cambodia
  alias: Kampuchea
  demonym: Cambodian
  capital: Phnom Penh {standalone}

cm | country | Cameroon
  demonym: Cameroonian
  capital: Yaounde {standalone}

ca | country | Canada
  demonym: Canadian
  capital: Ottawa {standalone}

cf | country | Central African Republic
  demonym: Central African
  capital: Bangui {standalone}

td | country | Chad
  demonym: Chadian
  capital: N'Djamena {standalone}

cl | country | Chile
  demonym: Chilean
  capital: Santiago {standalone}

cn | country | China
  alias: People's Republic of China | PRC | Mainland China | Red China
  demonym: Chinese
  capital: Beijing {standalone} | Peking {standalone}

co | country | Colombia
  demonym: Colombian
  capital: Bogota {standalone} | Bogotá {standalone}

km | country | Comoros
  demonym: Comoran

cg | country | Republic of the Congo
  alias: Congo-Brazzaville | Congo Republic
  demonym: Congolese
  capital: Brazzaville {standalone}

cd | country | Democratic Republic of the Congo
  alias: DRC | Congo | Zaire | DR Congo
  demonym: Zairean
  capital: Kinshasa {standalone}

cr | country | Costa Rica
  demonym: Costa Rican

ci | country | Ivory Coast
  alias: Cote d'Ivoire | Côte d'Ivoire
  demonym: Ivorian
  capital: Abidjan {standalone} | Yamoussoukro {standalone}

hr | country | Croatia
  demonym: Croatian
  capital: Zagreb {standalone}

cu | country | Cuba
  demonym: Cuban
  capital: Havana {standalone}

cy | country | Cyprus
  demonym: Cypriot
  capital: Nicosia {standalone}

cz | country | Czech Republic
  alias: Czechia
  demonym: Czech
  capital: Prague {standalone}
  valid: 1993-01-01..

cs | country | Czechoslovakia
  demonym: Czechoslovak | Czechoslovakian
  capital: Prague {standalone}
  valid: ..1993-01-01

dk | country | Denmark
  demonym: Danish
  capital: Copenhagen {standalone}

dj | country | Djibouti
  demonym: Djiboutian

dm | country | Dominica

do | country | Dominican Republic
  demonym: Dominican
  capital: Santo Domingo {standalone}

tl | country | East Timor
  alias: Timor-Leste
  demonym: Timorese
  capital: Dili {standalone}

ec | country | Ecuador
  demonym: Ecuadorean | Ecuadorian
  capital: Quito {standalone}

eg | country | Egypt
  demonym: Egyptian
  capital: Cairo {standalone}

sv | country | El Salvador
  demonym: Salvadoran | Salvadorean
  capital: San Salvador {standalone}

gq | country | Equatorial Guinea
  demonym: Equatorial Guinean
  capital: Malabo {standalone}

er | country | Eritrea
  demonym: Eritrean
  capital: Asmara {standalone}

ee | country | Estonia
  demonym: Estonian
  capital: Tallinn {standalone}

sz | country | Eswatini
  alias: Swaziland
  demonym: Swazi
  capital: Mbabane {standalone}

et | country | Ethiopia
  demonym: Ethiopian
  capital: Addis Ababa {standalone}

fj | country | Fiji
  demonym: Fijian
  capital: Suva {standalone}

fi | country | Finland
  demonym: Finnish
  capital: Helsinki {standalone}

fr | country | France
  alias: French Republic
  demonym: French
  capital: Paris {standalone}

ga | country | Gabon
  demonym: Gabonese
  capital: Libreville {standalone}

gm | country | Gambia
  alias: The Gambia
  demonym: Gambian
  capital: Banjul {standalone}

ge | country | Georgia
  demonym: Georgian
  capital: Tbilisi {standalone}
  flags: not-initial

de | country | Germany
  alias: West Germany | Federal Republic of Germany | FRG | W. Germany
  demonym: German | West German
  capital: Bonn {standalone} @ ..1999-09-01
  capital: Berlin {standalone} @ 1990-10-03..

dd | country | East Germany
  alias: German Democratic Republic | GDR | E. Germany
  demonym: East German
  capital: East Berlin {standalone}
  valid: ..1990-10-03

gh | country | Ghana
  demonym: Ghanaian
  capital: Accra {standalone}

gr | country | Greece
  demonym: Greek
  capital: Athens {standalone}

gd | country | Grenada
  demonym: Grenadian

gt | country | Guatemala
  demonym: Guatemalan
  capital: Guatemala City {standalone}

gn | country | Guinea
  demonym: Guinean
  capital: Conakry {standalone}

gw | country | Guinea-Bissau
  capital: Bissau {standalone}

gy | country | Guyana
  demonym: Guyanese
  capital: Georgetown {standalone}

ht | country | Haiti
  demonym: Haitian
  capital: Port-au-Prince {standalone}

hn | country | Honduras
  demonym: Honduran
  capital: Tegucigalpa {standalone}

hk | country | Hong Kong
  alias: Hongkong

hu | country | Hungary
  demonym: Hungarian
  capital: Budapest {standalone}

is | country | Iceland
  demonym: Icelandic
  capital: Reykjavik {standalone}

in | country | India
  demonym: Indian
  capital: New Delhi {standalone} | Delhi {standalone}

id | country | Indonesia
  demonym: Indonesian
  capital: Jakarta {standalone}

ir | country | Iran
  alias: Islamic Republic of Iran
  demonym: Iranian
  capital: Tehran {standalone} | Teheran {standalone}

iq | country | Iraq
  demonym: Iraqi
  capital: Baghdad {standalone}

ie | country | Ireland
  alias: Irish Republic | Republic of Ireland | Eire
  demonym: Irish
  capital: Dublin {standalone}

il | country | Israel
  demonym: Israeli
  capital: Jerusalem {standalone} | Tel Aviv {standalone}

it | country | Italy
  demonym: Italian
  capital: Rome {standalone}

jm | country | Jamaica
  demonym: Jamaican
  capital: Kingston {standalone}

jp | country | Japan
  demonym: Japanese
  capital: Tokyo {standalone}

jo | country | Jordan
  demonym: Jordanian
  capital: Amman {standalone}

kz | country | Kazakhstan
  demonym: Kazakh | Kazakhstani
  capital: Astana {standalone} | Almaty {standalone}

ke | country | Kenya
  demonym: Kenyan
  capital: Nairobi {standalone}

ki | country | Kiribati

kp | country | North Korea
  alias: Democratic People's Republic of Korea | DPRK
  demonym: North Korean
  capital: Pyongyang {standalone}

kr | country | South Korea
  alias: Korea | Republic of Korea | ROK
  demonym: South Korean | Korean
  capital: Seoul {standalone}

kw | country | Kuwait
  demonym: Kuwaiti
  capital: Kuwait City {standalone}

kg | country | Kyrgyzstan
  alias: Kirghizia
  demonym: Kyrgyz
  capital: Bishkek {standalone}

la | country | Laos
  demonym: Laotian | Lao
  capital: Vientiane {standalone}

lv | country | Latvia
  demonym: Latvian
  capital: Riga {standalone}

lb | country | Lebanon
  demonym: Lebanese
  capital: Beirut {standalone}

ls | country | Lesotho
  demonym: Basotho
  capital: Maseru {standalone}

lr | country | Liberia
  demonym: Liberian
  capital: Monrovia {standalone}

ly | country | Libya
  demonym: Libyan
  capital: Tripoli {standalone}

li | country | Liechtenstein
  capital: Vaduz {standalone}

lt | country | Lithuania
  demonym: Lithuanian
  capital: Vilnius {standalone}

lu | country | Luxembourg
  demonym: Luxembourgish | Luxembourger

mo | country | Macau
  alias: Macao
  demonym: Macanese

mg | country | Madagascar
  demonym: Malagasy
  capital: Antananarivo {standalone}

mw | country | Malawi
  demonym: Malawian
  capital: Lilongwe {standalone}

my | country | Malaysia
  demonym: Malaysian
  capital: Kuala Lumpur {standalone}

mv | country | Maldives
  demonym: Maldivian

ml | country | Mali
  demonym: Malian
  capital: Bamako {standalone}

mt | country | Malta
  demonym: Maltese
  capital: Valletta {standalone}

mh | country | Marshall Islands
  demonym: Marshallese

mr | country | Mauritania
  demonym: Mauritanian
  capital: Nouakchott {standalone}

mu | country | Mauritius
  demonym: Mauritian

mx | country | Mexico
  demonym: Mexican
  capital: Mexico City {standalone}

fm | country | Micronesia
  demonym: Micronesian

md | country | Moldova
  demonym: Moldovan
  capital: Chisinau {standalone}

mc | country | Monaco
  demonym: Monegasque

mn | country | Mongolia
  demonym: Mongolian
  capital: Ulan Bator {standalone} | Ulaanbaatar {standalone}

me | country | Montenegro
  demonym: Montenegrin
  capital: Podgorica {standalone}

ma | country | Morocco
  demonym: Moroccan
  capital: Rabat {standalone}

mz | country | Mozambique
  demonym: Mozambican
  capital: Maputo {standalone}

mm | country | Myanmar
  alias: Burma
  demonym: Burmese
  capital: Rangoon {standalone} | Yangon {standalone} | Naypyidaw {standalone}

na | country | Namibia
  alias: South West Africa
  demonym: Namibian
  capital: Windhoek {standalone}

nr | country | Nauru
  demonym: Nauruan

np | country | Nepal
  demonym: Nepalese | Nepali
  capital: Kathmandu {standalone}

nl | country | Netherlands
  alias: Holland | The Netherlands
  demonym: Dutch
  capital: The Hague {standalone} | Amsterdam {standalone}

nz | country | New Zealand
  capital: Wellington {standalone}

ni | country | Nicaragua
  demonym: Nicaraguan
  capital: Managua {standalone}

ne | country | Niger
  demonym: Nigerien
  capital: Niamey {standalone}

ng | country | Nigeria
  demonym: Nigerian
  capital: Lagos {standalone} | Abuja {standalone}

mk | country | North Macedonia
  alias: Macedonia
  demonym: Macedonian
  capital: Skopje {standalone}

no | country | Norway
  demonym: Norwegian
  capital: Oslo {standalone}

om | country | Oman
  demonym: Omani
  capital: Muscat {standalone}

pk | country | Pakistan
  demonym: Pakistani
  capital: Islamabad {standalone}

pw | country | Palau
  demonym: Palauan

ps | country | Palestine
  alias: Palestinian territories
  demonym: Palestinian

pa | country | Panama
  demonym: Panamanian
  capital: Panama City {standalone}

pg | country | Papua New Guinea
  demonym: Papua New Guinean
  capital: Port Moresby {standalone}

py | country | Paraguay
  demonym: Paraguayan
  capital: Asuncion {standalone}

pe | country | Peru
  demonym: Peruvian
  capital: Lima {standalone}

ph | country | Philippines
  alias: The Philippines
  demonym: Philippine | Filipino
  capital: Manila {standalone}

pl | country | Poland
  demonym: Polish
  capital: Warsaw {standalone}

pt | country | Portugal
  demonym: Portuguese
  capital: Lisbon {standalone}

qa | country | Qatar
  demonym: Qatari
  capital: Doha {standalone}

ro | country | Romania
  alias: Rumania
  demonym: Romanian | Rumanian
  capital: Bucharest {standalone}

ru | country | Russia
  alias: Russian Federation
  demonym: Russian
  capital: Moscow {standalone} @ 1991-12-26..
  capital: Kremlin {standalone} @ 1991-12-26..
  valid: 1991-12-26..

su | country | Soviet Union
  alias: USSR | U.S.S.R. | Union of Soviet Socialist Republics
  demonym: Soviet
  capital: Moscow {standalone} @ ..1991-12-26
  capital: Kremlin {standalone} @ ..1991-12-26
  valid: ..1991-12-26

rw | country | Rwanda
  demonym: Rwandan
  capital: Kigali {standalone}

kn | country | Saint Kitts and Nevis
  alias: St Kitts and Nevis

lc | country | Saint Lucia
  alias: St Lucia

vc | country | Saint Vincent and the Grenadines
  alias: St Vincent

ws | country | Samoa
  alias: Western Samoa
  demonym: Samoan
  capital: Apia {standalone}

sm | country | San Marino

st | country | Sao Tome and Principe

sa | country | Saudi Arabia
  demonym: Saudi | Saudi Arabian
  capital: Riyadh {standalone}

sn | country | Senegal
  demonym: Senegalese
  capital: Dakar {standalone}

rs | country | Serbia
  demonym: Serbian
  capital: Belgrade {standalone} @ 1992-04-27..

yu | country | Yugoslavia
  demonym: Yugoslav | Yugoslavian
  capital: Belgrade {standalone} @ ..1992-04-27
  valid: ..2003-02-04

sc | country | Seychelles
  demonym: Seychellois

sl | country | Sierra Leone
  demonym: Sierra Leonean
  capital: Freetown {standalone}

sg | country | Singapore
  demonym: Singaporean

sk | country | Slovakia
  demonym: Slovak
  capital: Bratislava {standalone}
  valid: 1993-01-01..

si | country | Slovenia
  demonym: Slovenian | Slovene
  capital: Ljubljana {standalone}

sb | country | Solomon Islands
  capital: Honiara {standalone}

so | country | Somalia
  demonym: Somali
  capital: Mogadishu {standalone}

za | country | South Africa
  alias: S. Africa | Republic of South Africa
  demonym: South African
  capital: Pretoria {standalone}

ss | country | South Sudan
  demonym: South Sudanese
  capital: Juba {standalone}
  valid: 2011-07-09..

es | country | Spain
  demonym: Spanish
  capital: Madrid {standalone}

lk | country | Sri Lanka
  alias: Ceylon
  demonym: Sri Lankan
  capital: Colombo {standalone}

sd | country | Sudan
  demonym: Sudanese
  capital: Khartoum {standalone}

sr | country | Suriname
  alias: Surinam
  demonym: Surinamese
  capital: Paramaribo {standalone}

se | country | Sweden
  demonym: Swedish
  capital: Stockholm {standalone}

ch | country | Switzerland
  demonym: Swiss
  capital: Berne {standalone} | Bern {standalone}

sy | country | Syria
  demonym: Syrian
  capital: Damascus {standalone}

tw | country | Taiwan
  alias: Republic of China | Formosa
  demonym: Taiwanese
  capital: Taipei {standalone}

tj | country | Tajikistan
  demonym: Tajik
  capital: Dushanbe {standalone}

tz | country | Tanzania
  demonym: Tanzanian
  capital: Dar es Salaam {standalone} | Dodoma {standalone}

th | country | Thailand
  alias: Siam
  demonym: Thai
  capital: Bangkok {standalone}

tg | country | Togo
  demonym: Togolese
  capital: Lome {standalone}

to | country | Tonga
  demonym: Tongan

tt | country | Trinidad and Tobago
  alias: Trinidad
  demonym: Trinidadian
  capital: Port of Spain {standalone}

tn | country | Tunisia
  demonym: Tunisian
  capital: Tunis {standalone}

tr | country | Turkey
  alias: Turkiye | Türkiye
  demonym: Turkish
  capital: Ankara {standalone}

tm | country | Turkmenistan
  demonym: Turkmen
  capital: Ashgabat {standalone}

tv | country | Tuvalu

ug | country | Uganda
  demonym: Ugandan
  capital: Kampala {standalone}

ua | country | Ukraine
  alias: the Ukraine
  demonym: Ukrainian
  capital: Kyiv {standalone} | Kiev {standalone}

ae | country | United Arab Emirates
  alias: UAE | U.A.E. | Emirates
  demonym: Emirati
  capital: Abu Dhabi {standalone}

gb | country | United Kingdom
  alias: Britain | Great Britain | U.K. | UK | England
  demonym: British | English
  capital: London {standalone} | Whitehall {standalone} | Downing Street {standalone}

us | country | United States
  alias: U.S. | US | U.S.A. | USA | United States of America | America
  demonym: American | U.S.
  capital: Washington {standalone}

uy | country | Uruguay
  demonym: Uruguayan
  capital: Montevideo {standalone}

uz | country | Uzbekistan
  demonym: Uzbek
  capital: Tashkent {standalone}

vu | country | Vanuatu

va | country | Vatican
  alias: Holy See | Vatican City

ve | country | Venezuela
  demonym: Venezuelan
  capital: Caracas {standalone}

vn | country | Vietnam
  alias: Viet Nam
  demonym: Vietnamese
  capital: Hanoi {standalone}

ye | country | Yemen
  alias: North Yemen
  demonym: Yemeni
  capital: Sanaa {standalone}

zm | country | Zambia
  demonym: Zambian
  capital: Lusaka {standalone}

zw | country | Zimbabwe
  demonym: Zimbabwean
  capital: Harare {standalone}
