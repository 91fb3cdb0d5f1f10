# Governments of China, Japan, Korea, Taiwan, India and other Asian countries. Format: see us-government.lex.

cn.government | government | Chinese government
  alias: Beijing government | China's government | Chinese authorities | Chinese officials | Beijing authorities
  descriptor: government
  country: cn
cn.mofcom | government | Ministry of Commerce of China
  alias: MOFCOM | MofCom | Chinese Commerce Ministry | China's Commerce Ministry | China's Ministry of Commerce
  alias: Chinese Ministry of Commerce | Ministry of Commerce of the People's Republic of China
  descriptor: ministry
  country: cn
  valid: 2003-03-10..
cn.mofert | government | Ministry of Foreign Economic Relations and Trade
  alias: MOFERT | Chinese Ministry of Foreign Economic Relations and Trade
  descriptor: ministry
  country: cn
  valid: 1982-03-08..1993-03-16
cn.samr | government | State Administration for Market Regulation
  alias: SAMR | China's market regulator | Chinese market regulator
  descriptor: administration regulator agency
  country: cn
  valid: 2018-03-21..
cn.mfa | government | Chinese Foreign Ministry
  alias: China's Foreign Ministry | Ministry of Foreign Affairs of China
  descriptor: ministry
  country: cn
cn.miit | government | Ministry of Industry and Information Technology
  alias: MIIT
  descriptor: ministry
  country: cn
  valid: 2008-03-15..
cn.customs | government | General Administration of Customs of China
  alias: General Administration of Customs | China Customs | Chinese customs
  descriptor: administration agency
  country: cn
cn.pboc | government | People's Bank of China
  alias: PBOC | PBoC | Chinese central bank | China's central bank
  descriptor: bank
  country: cn
cn.ndrc | government | National Development and Reform Commission
  alias: NDRC
  descriptor: commission
  country: cn
cn.cac | government | Cyberspace Administration of China
  alias: CAC {case-sensitive}
  descriptor: administration regulator
  country: cn
cn.csrc | government | China Securities Regulatory Commission
  alias: CSRC
  descriptor: commission regulator
  country: cn
cn.state-council | government | State Council of China
  alias: Chinese State Council | China's State Council | China's cabinet
  descriptor: council cabinet
  country: cn
cn.npc | legislature | National People's Congress
  alias: NPC {case-sensitive} | Chinese parliament | China's parliament
  descriptor: congress parliament legislature
  country: cn

jp.government | government | Japanese government
  alias: Tokyo government | Japan's government | Japanese authorities | Japanese officials | Japanese cabinet
  descriptor: government
  country: jp
jp.miti | government | Ministry of International Trade and Industry
  alias: MITI | Japan's Ministry of International Trade and Industry | International Trade and Industry Ministry
  alias: Japanese Trade Ministry | Japan's Trade Ministry | Japan's trade ministry
  descriptor: ministry
  country: jp
  valid: 1949-05-25..2001-01-06
jp.meti | government | Ministry of Economy, Trade and Industry
  alias: METI | Japan's Ministry of Economy, Trade and Industry | Economy, Trade and Industry Ministry
  alias: Japanese Trade Ministry | Japan's Trade Ministry | Japan's trade ministry | Japanese Economy Ministry
  descriptor: ministry
  country: jp
  valid: 2001-01-06..
jp.mof | government | Japanese Ministry of Finance
  alias: Japan's Ministry of Finance | Japanese Finance Ministry | Japan's Finance Ministry | MOF {case-sensitive}
  descriptor: ministry
  country: jp
jp.mofa | government | Japanese Foreign Ministry
  alias: Japan's Foreign Ministry | Gaimusho
  descriptor: ministry
  country: jp
jp.boj | government | Bank of Japan
  alias: BOJ | BoJ | Japanese central bank | Japan's central bank
  descriptor: bank
  country: jp
jp.jftc | government | Japan Fair Trade Commission
  alias: JFTC | Japanese Fair Trade Commission | Fair Trade Commission of Japan
  descriptor: commission regulator
  country: jp
jp.maff | government | Japanese Agriculture Ministry
  alias: Ministry of Agriculture, Forestry and Fisheries | Japan's Agriculture Ministry | MAFF
  descriptor: ministry
  country: jp
jp.diet | legislature | Diet
  alias: Japanese Diet | Japan's Diet | Japanese parliament | Japan's parliament
  descriptor: parliament legislature
  country: jp
  flags: not-initial

kr.government | government | South Korean government
  alias: Seoul government | Korean government | South Korea's government
  descriptor: government
  country: kr
kr.motie | government | Ministry of Trade, Industry and Energy
  alias: MOTIE | South Korean Trade Ministry | South Korea's Trade Ministry | Korean Trade Ministry
  descriptor: ministry
  country: kr
kr.ftc | government | Korea Fair Trade Commission
  alias: KFTC | South Korea's Fair Trade Commission | South Korean Fair Trade Commission
  descriptor: commission regulator
  country: kr
tw.government | government | Taiwanese government
  alias: Taipei government | Taiwan's government
  descriptor: government
  country: tw
tw.moea | government | Ministry of Economic Affairs of Taiwan
  alias: Taiwan's Ministry of Economic Affairs | Taiwan's Economics Ministry | Taiwanese Economics Ministry
  descriptor: ministry
  country: tw
tw.boft | government | Bureau of Foreign Trade
  alias: Taiwan's Bureau of Foreign Trade | BOFT
  descriptor: bureau
  country: tw
in.government | government | Indian government
  alias: New Delhi government | India's government | Indian authorities
  descriptor: government
  country: in
in.commerce | government | Indian Ministry of Commerce and Industry
  alias: India's Commerce Ministry | Indian Commerce Ministry | India's Ministry of Commerce
  descriptor: ministry
  country: in
in.dgft | government | Directorate General of Foreign Trade
  alias: DGFT
  descriptor: directorate
  country: in
in.cci | government | Competition Commission of India
  alias: CCI {case-sensitive}
  descriptor: commission regulator
  country: in
in.rbi | government | Reserve Bank of India
  alias: RBI
  descriptor: bank
  country: in
hk.government | government | Hong Kong government
  alias: Hong Kong authorities | Hongkong government | Hong Kong's government
  descriptor: government
  country: hk
pk.commerce | government | Pakistani Commerce Ministry
  alias: Pakistan's Commerce Ministry | Pakistani Ministry of Commerce
  descriptor: ministry
  country: pk
sg.government | government | Singapore government
  alias: Singaporean government
  descriptor: government
  country: sg
my.miti | government | Malaysian Ministry of International Trade and Industry
  alias: Malaysia's Ministry of International Trade and Industry | Malaysian Trade Ministry
  descriptor: ministry
  country: my
id.trade | government | Indonesian Trade Ministry
  alias: Indonesia's Trade Ministry | Indonesian Ministry of Trade
  descriptor: ministry
  country: id
th.commerce | government | Thai Commerce Ministry
  alias: Thailand's Commerce Ministry | Thai Ministry of Commerce
  descriptor: ministry
  country: th
ph.dti | government | Philippine Department of Trade and Industry
  alias: Philippines' Department of Trade and Industry | Philippine Trade Department
  descriptor: department
  country: ph
