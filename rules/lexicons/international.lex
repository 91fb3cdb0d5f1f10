# International bodies. Format: see us-government.lex.

wto | international | World Trade Organization
  alias: WTO | World Trade Organisation
  descriptor: organisation organization body
  valid: 1995-01-01..
gatt | international | General Agreement on Tariffs and Trade
  alias: GATT
  descriptor: body
cocom | international | Coordinating Committee for Multilateral Export Controls
  alias: COCOM | CoCom | Coordinating Committee on Multilateral Export Controls | Paris-based Coordinating Committee
  descriptor: committee body
  valid: 1949-11-22..1994-04-01
wassenaar | international | Wassenaar Arrangement
  alias: Wassenaar
  valid: 1996-07-12..
iaea | international | International Atomic Energy Agency
  alias: IAEA
  descriptor: agency
euratom | international | European Atomic Energy Community
  alias: EURATOM | Euratom
  descriptor: community
opec | international | Organization of the Petroleum Exporting Countries
  alias: OPEC | Organisation of the Petroleum Exporting Countries | Organization of Petroleum Exporting Countries
  descriptor: organization organisation cartel group
eu | international | European Union
  alias: EU | E.U. | European Union's
  descriptor: bloc union
  valid: 1993-11-01..
eec | international | European Community
  alias: EC {case-sensitive} | EEC | European Economic Community | Common Market | European Communities | E.C.
  descriptor: bloc community
  valid: ..1993-11-01
eu.commission | international | European Commission
  alias: Commission of the European Communities | EU Commission | EC Commission | Brussels {standalone} | EU executive
  descriptor: commission executive
eu.council | international | Council of the European Union
  alias: Council of Ministers | EU Council | Council of the EU | EC Council of Ministers | EU ministers | EC ministers
  descriptor: council
eu.european-council | international | European Council
  descriptor: council
eu.parliament | legislature | European Parliament
  alias: EU Parliament | Europarliament | MEPs
  descriptor: parliament
eu.court | court | Court of Justice of the European Union
  alias: European Court of Justice | ECJ | EU Court of Justice | EU's top court
  descriptor: court
eu.general-court | court | General Court of the European Union
  alias: EU General Court | EU's General Court | European General Court
  alias: General Court {later}
  descriptor: court
imf | international | International Monetary Fund
  alias: IMF | the Fund {case-sensitive}
  descriptor: fund
world-bank | international | World Bank
  alias: International Bank for Reconstruction and Development | IBRD
  descriptor: bank
un | international | United Nations
  alias: UN | U.N. | United Nations Organization
  descriptor: organization body
un.security-council | international | UN Security Council
  alias: Security Council | U.N. Security Council | United Nations Security Council
  descriptor: council
unctad | international | UN Conference on Trade and Development
  alias: UNCTAD
oecd | international | Organisation for Economic Co-operation and Development
  alias: OECD | Organization for Economic Cooperation and Development
  descriptor: organisation organization
nato | international | NATO
  alias: North Atlantic Treaty Organization | Atlantic alliance
  descriptor: alliance
asean | international | ASEAN
  alias: Association of South East Asian Nations | Association of Southeast Asian Nations
  descriptor: association bloc group
apec | international | Asia-Pacific Economic Cooperation
  alias: APEC
  valid: 1989-11-06..
g7 | international | Group of Seven
  alias: G7 | G-7 | Group of Seven industrialised nations | Group of Seven industrialized nations
g5 | international | Group of Five
  alias: G5 | G-5
g20 | international | Group of 20
  alias: G20 | G-20 | Group of Twenty
efta | international | European Free Trade Association
  alias: EFTA
comecon | international | Council for Mutual Economic Assistance
  alias: COMECON | Comecon | CMEA
  valid: ..1991-06-28
icao | international | International Civil Aviation Organization
  alias: ICAO
iata | organization | International Air Transport Association
  alias: IATA
ico | international | International Coffee Organization
  alias: ICO {case-sensitive}
ico.cocoa | international | International Cocoa Organization
  alias: ICCO
ito.tin | international | International Tin Council
  alias: ITC Tin Council | Tin Council
ito.sugar | international | International Sugar Organization
  alias: ISO {case-sensitive} | International Sugar Organisation
fao | international | Food and Agriculture Organization
  alias: FAO
who | international | World Health Organization
  alias: WHO {case-sensitive}
mfa | international | Multi-Fibre Arrangement
  alias: Multifibre Arrangement | MFA {case-sensitive} | Multi-Fiber Arrangement
adb | international | Asian Development Bank
  alias: ADB
idb | international | Inter-American Development Bank
  alias: IDB | IADB
ebrd | international | European Bank for Reconstruction and Development
  alias: EBRD
  valid: 1991-04-15..
paris-club | international | Paris Club
  alias: Paris Club of creditor nations
fatf | international | Financial Action Task Force
  alias: FATF
