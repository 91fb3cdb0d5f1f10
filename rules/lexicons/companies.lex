# Companies that recur in export-control, sanctions and trade news. Company names need capitals; short forms
# that are common words carry {standalone} or {later}. Every company is a "company"/"firm" for descriptions;
# airlines are "airline"/"carrier" (descriptor: airline). Format: see us-government.lex.

huawei | company | Huawei
  alias: Huawei Technologies | Huawei Technologies Co | Huawei Technologies Co. Ltd | HUAWEI
  country: cn
zte | company | ZTE
  alias: ZTE Corp | ZTE Corporation | Zhongxing Telecommunication Equipment
  country: cn
smic | company | SMIC
  alias: Semiconductor Manufacturing International Corp | Semiconductor Manufacturing International Corporation
  country: cn
hikvision | company | Hikvision
  alias: Hangzhou Hikvision Digital Technology | Hikvision Digital Technology
  country: cn
dahua | company | Dahua Technology
  alias: Dahua | Zhejiang Dahua Technology
  country: cn
dji | company | DJI
  alias: SZ DJI Technology | Da-Jiang Innovations
  country: cn
ymtc | company | Yangtze Memory Technologies
  alias: YMTC | Yangtze Memory Technologies Co
  country: cn
hisilicon | company | HiSilicon
  country: cn
tiktok | company | TikTok
  country: cn
bytedance | company | ByteDance
  country: cn
tencent | company | Tencent
  alias: Tencent Holdings
  country: cn
alibaba | company | Alibaba
  alias: Alibaba Group | Alibaba Group Holding
  country: cn
sensetime | company | SenseTime
  country: cn
megvii | company | Megvii
  country: cn
inspur | company | Inspur
  alias: Inspur Group
  country: cn
fujian-jinhua | company | Fujian Jinhua Integrated Circuit
  alias: Fujian Jinhua | Jinhua
  country: cn
cosco | company | COSCO
  alias: China Ocean Shipping Company | COSCO Shipping
  country: cn
cnooc | company | CNOOC
  alias: China National Offshore Oil Corp | China National Offshore Oil Corporation
  country: cn
sinopec | company | Sinopec
  alias: China Petroleum & Chemical Corp
  country: cn
xiaomi | company | Xiaomi
  alias: Xiaomi Corp
  country: cn
lenovo | company | Lenovo
  alias: Lenovo Group
  country: cn
boe-tech | company | BOE Technology
  alias: BOE Technology Group
  country: cn
microsoft | company | Microsoft
  alias: Microsoft Corp | Microsoft Corporation
  country: us
google | company | Google
  alias: Google LLC | Alphabet | Alphabet Inc
  country: us
maersk | company | A.P. Moller-Maersk
  alias: Maersk | AP Moller-Maersk | A.P. Moller-Maersk A/S | Moller-Maersk
  country: dk
hapag-lloyd | company | Hapag-Lloyd
  alias: Hapag-Lloyd AG
  country: de
bp | company | BP
  alias: BP Plc | BP plc {case-sensitive}
  flags: case-sensitive
  country: gb
cgtn | company | China Global Television Network
  alias: CGTN | China Global Television Network Corp | China Global Television Network Corporation
  descriptor: broadcaster channel network
  country: cn
spotify | company | Spotify
  alias: Spotify Technology | Spotify Technology SA
  country: se
chevron | company | Chevron
  alias: Chevron Corp | Chevron Corporation
  country: us
apple | company | Apple
  alias: Apple Inc | Apple Computer | Apple Computer Inc
  country: us
  flags: standalone
intel | company | Intel
  alias: Intel Corp | Intel Corporation
  country: us
qualcomm | company | Qualcomm
  alias: Qualcomm Inc
  country: us
micron | company | Micron
  alias: Micron Technology | Micron Technology Inc
  country: us
nvidia | company | Nvidia
  alias: NVIDIA | Nvidia Corp
  country: us
amd | company | Advanced Micro Devices
  alias: AMD
  country: us
broadcom | company | Broadcom
  country: us
texas-instruments | company | Texas Instruments
  alias: Texas Instruments Inc | TI {case-sensitive}
  country: us
applied-materials | company | Applied Materials
  alias: Applied Materials Inc
  country: us
lam-research | company | Lam Research
  country: us
kla | company | KLA
  alias: KLA Corp | KLA-Tencor
  country: us
ibm | company | IBM
  alias: International Business Machines | International Business Machines Corp
  country: us
motorola | company | Motorola
  alias: Motorola Inc
  country: us
att | company | AT&T
  alias: American Telephone and Telegraph | AT&T Corp | American Telephone and Telegraph Co
  country: us
boeing | company | Boeing
  alias: Boeing Co
  country: us
general-electric | company | General Electric
  alias: GE {case-sensitive} | General Electric Co
  country: us
general-motors | company | General Motors
  alias: GM {case-sensitive} | General Motors Corp
  country: us
ford | company | Ford Motor
  alias: Ford Motor Co | Ford {standalone}
  country: us
chrysler | company | Chrysler
  alias: Chrysler Corp
  country: us
caterpillar | company | Caterpillar
  alias: Caterpillar Inc
  country: us
cargill | company | Cargill
  country: us
exxon | company | Exxon
  alias: Exxon Corp | ExxonMobil | Exxon Mobil
  country: us
cisco | company | Cisco
  alias: Cisco Systems
  country: us
oracle | company | Oracle
  alias: Oracle Corp
  country: us
  flags: standalone
amazon | company | Amazon
  alias: Amazon.com
  country: us
meta | company | Meta Platforms
  alias: Facebook | Meta {standalone, not-initial}
  country: us
tesla | company | Tesla
  alias: Tesla Inc
  country: us
lockheed | company | Lockheed Martin
  alias: Lockheed | Lockheed Corp
  country: us
american-airlines | company | American Airlines
  alias: AMR Corp | AMR {case-sensitive}
  descriptor: airline
  country: us
delta | company | Delta Air Lines
  alias: Delta Air Lines Inc | Delta Airlines | Delta {later}
  descriptor: airline
  country: us
united-airlines | company | United Airlines
  alias: UAL Corp | UAL {case-sensitive} | United Air Lines
  descriptor: airline
  country: us
pan-am | company | Pan American World Airways
  alias: Pan Am | Pan American
  descriptor: airline
  country: us
eastern-airlines | company | Eastern Air Lines
  alias: Eastern Airlines | Eastern {later}
  descriptor: airline
  country: us
twa | company | Trans World Airlines
  alias: TWA
  descriptor: airline
  country: us
toshiba | company | Toshiba
  alias: Toshiba Corp | Toshiba Corporation
  country: jp
toshiba-machine | company | Toshiba Machine
  alias: Toshiba Machine Co | Toshiba Machine Co Ltd
  country: jp
sony | company | Sony
  alias: Sony Corp
  country: jp
hitachi | company | Hitachi
  alias: Hitachi Ltd
  country: jp
fujitsu | company | Fujitsu
  alias: Fujitsu Ltd
  country: jp
nec | company | NEC
  alias: NEC Corp
  country: jp
mitsubishi | company | Mitsubishi
  alias: Mitsubishi Corp
  country: jp
mitsubishi-electric | company | Mitsubishi Electric
  alias: Mitsubishi Electric Corp
  country: jp
toyota | company | Toyota
  alias: Toyota Motor | Toyota Motor Corp
  country: jp
honda | company | Honda
  alias: Honda Motor | Honda Motor Co
  country: jp
nissan | company | Nissan
  alias: Nissan Motor | Nissan Motor Co
  country: jp
matsushita | company | Matsushita Electric Industrial
  alias: Matsushita | Panasonic
  country: jp
tokyo-electron | company | Tokyo Electron
  alias: Tokyo Electron Ltd | TEL {case-sensitive}
  country: jp
jal | company | Japan Airlines
  alias: JAL | Japan Air Lines
  descriptor: airline
  country: jp
samsung | company | Samsung
  alias: Samsung Electronics | Samsung Electronics Co
  country: kr
sk-hynix | company | SK Hynix
  alias: Hynix | SK hynix
  country: kr
lg | company | LG Electronics
  alias: LG {case-sensitive}
  country: kr
tsmc | company | TSMC
  alias: Taiwan Semiconductor Manufacturing Co | Taiwan Semiconductor Manufacturing Company | Taiwan Semiconductor
  country: tw
foxconn | company | Foxconn
  alias: Hon Hai | Hon Hai Precision Industry
  country: tw
mediatek | company | MediaTek
  country: tw
kongsberg | company | Kongsberg Vaapenfabrikk
  alias: Kongsberg | Kongsberg Vapenfabrikk | Kongsberg Vaapenfabrikk A/S
  country: no
asml | company | ASML
  alias: ASML Holding
  country: nl
philips | company | Philips
  alias: Philips NV | NV Philips | Philips Gloeilampenfabrieken
  country: nl
siemens | company | Siemens
  alias: Siemens AG
  country: de
airbus | company | Airbus
  alias: Airbus Industrie
  country: fr
nokia | company | Nokia
  country: fi
ericsson | company | Ericsson
  alias: LM Ericsson | Telefonaktiebolaget LM Ericsson
  country: se
british-airways | company | British Airways
  alias: BA {case-sensitive} | British Airways Plc
  descriptor: airline
  country: gb
cathay-pacific | company | Cathay Pacific Airways
  alias: Cathay Pacific | Cathay Pacific Airways Ltd | Cathay
  descriptor: airline
  country: hk
dragonair | company | Hongkong Dragon Airlines
  alias: Dragonair | Hongkong Dragon Airlines Ltd | Hong Kong Dragon Airlines
  descriptor: airline
  country: hk
swire | company | Swire Pacific
  alias: Swire Pacific Ltd | Swire
  country: hk
hydro-quebec | company | Hydro-Quebec
  alias: Hydro-Québec | Hydro Quebec
  country: ca
rosneft | company | Rosneft
  country: ru
gazprom | company | Gazprom
  country: ru
kaspersky | company | Kaspersky Lab
  alias: Kaspersky
  country: ru

# Sanctions and delisting news, 2018-2021
rusal | company | United Co. Rusal
  alias: UC Rusal | Rusal | United Company Rusal
  country: ru
en-plus | company | En+ Group
  alias: En+ | EN+ Group
  country: ru
china-mobile | company | China Mobile
  alias: China Mobile Ltd | China Mobile Ltd. | China Mobile Communications
  country: cn
china-telecom | company | China Telecom
  alias: China Telecom Corp | China Telecom Americas | China Telecom Corp.
  country: cn
china-unicom | company | China Unicom
  alias: China Unicom Hong Kong | China Unicom Americas
  country: cn

# Credit-rating agencies and other private raters: their reviews, downgrades and "approvals" of an issue are no
# authority's acts.
standard-and-poors | company | Standard and Poor's
  alias: Standard and Poor's Corp | Standard and Poor's Corp. | Standard & Poor's | Standard & Poor's Corp | S&P | S and P
  country: us
moodys | company | Moody's Investors Service
  alias: Moody's | Moody's Investors Service Inc | Moody's Investors Service Inc.
  country: us
fitch | company | Fitch Ratings
  alias: Fitch Investors Service | Fitch
  country: us
duff-and-phelps | company | Duff and Phelps
  alias: Duff and Phelps Inc | Duff and Phelps Credit Rating Co
  country: us

# State-owned companies: a government owns them, but they trade as companies (a contract with one is commercial).
us.postal-service | company | U.S. Postal Service
  alias: United States Postal Service | US Postal Service | USPS {case-sensitive} | Postal Service {not-initial}
  country: us
