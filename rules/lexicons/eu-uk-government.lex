# Governments of the United Kingdom and of European countries. Format: see us-government.lex.

uk.government | government | British government
  alias: UK government | U.K. government | Her Majesty's Government | HM Government | British authorities
  descriptor: government
  country: gb
uk.treasury | government | HM Treasury
  alias: Her Majesty's Treasury | British Treasury | UK Treasury | U.K. Treasury | Chancellor of the Exchequer
  descriptor: department
  country: gb
uk.boe | government | Bank of England
  alias: BoE | BOE {case-sensitive}
  descriptor: bank
  country: gb
uk.ofcom | government | Ofcom
  alias: Office of Communications | OFCOM
  descriptor: regulator agency
  country: gb
  valid: 2003-12-29..
uk.oftel | government | Oftel
  alias: Office of Telecommunications | OFTEL
  descriptor: regulator agency
  country: gb
  valid: 1984-08-01..2003-12-29
uk.cma | government | Competition and Markets Authority
  alias: CMA {case-sensitive} | UK Competition and Markets Authority | British competition regulator
  descriptor: authority regulator
  country: gb
  valid: 2013-10-01..
uk.mmc | government | Monopolies and Mergers Commission
  alias: MMC {case-sensitive} | Monopolies Commission
  descriptor: commission regulator
  country: gb
  valid: ..1999-04-01
uk.oft | government | Office of Fair Trading
  alias: OFT {case-sensitive}
  descriptor: office regulator
  country: gb
  valid: 1973..2014-04-01
uk.dti | government | Department of Trade and Industry
  alias: DTI | British Department of Trade and Industry | Trade and Industry Department
  descriptor: department
  country: gb
  valid: 1970..2007-06-28
uk.business | government | Department for Business and Trade
  alias: Department for Business, Energy and Industrial Strategy | BEIS | Department for Business
  alias: Department for Business and Trade | Department for International Trade | DIT {case-sensitive}
  descriptor: department
  country: gb
  valid: 2007-06-28..
uk.fca | government | Financial Conduct Authority
  alias: FCA {case-sensitive} | UK Financial Conduct Authority
  descriptor: authority regulator
  country: gb
  valid: 2013-04-01..
uk.caa | government | Civil Aviation Authority
  alias: CAA {case-sensitive} | British Civil Aviation Authority | UK Civil Aviation Authority
  descriptor: authority regulator
  country: gb
uk.parliament | legislature | British Parliament
  alias: House of Commons | UK Parliament | House of Lords | Westminster {standalone}
  descriptor: parliament
  country: gb
uk.foreign-office | government | Foreign Office
  alias: Foreign and Commonwealth Office | British Foreign Office | FCO | Foreign, Commonwealth and Development Office | FCDO
  descriptor: office ministry
  country: gb
uk.export-control | government | Export Control Joint Unit
  alias: ECJU | Export Control Organisation
  descriptor: agency
  country: gb

de.government | government | German government
  alias: West German government | Bonn government | Berlin government | Federal government in Bonn
  descriptor: government
  country: de
de.economy | government | German Economics Ministry
  alias: Economics Ministry | Federal Ministry for Economic Affairs | West German Economics Ministry | German Economy Ministry
  descriptor: ministry
  country: de
de.bundesbank | government | Bundesbank
  alias: Deutsche Bundesbank | German central bank | West German central bank
  descriptor: bank
  country: de
de.bundeskartellamt | government | Bundeskartellamt
  alias: Federal Cartel Office | German Cartel Office | Cartel Office | German cartel office
  descriptor: office regulator
  country: de
de.bafa | government | Federal Office for Economic Affairs and Export Control
  alias: BAFA
  descriptor: office agency
  country: de
fr.government | government | French government
  alias: Paris government
  descriptor: government
  country: fr
fr.finance | government | French Finance Ministry
  alias: French Economy Ministry | Bercy {standalone} | French Ministry of Finance
  descriptor: ministry
  country: fr
fr.banque-de-france | government | Bank of France
  alias: Banque de France
  descriptor: bank
  country: fr
nl.government | government | Dutch government
  descriptor: government
  country: nl
nl.acm | government | Netherlands Authority for Consumers and Markets
  alias: Authority for Consumers and Markets | Dutch Authority for Consumers and Markets | ACM {case-sensitive}
  descriptor: authority regulator watchdog
  country: nl
nl.economic-affairs | government | Dutch Economic Affairs Ministry
  alias: Dutch Ministry of Economic Affairs | Dutch trade ministry
  descriptor: ministry
  country: nl
it.government | government | Italian government
  descriptor: government
  country: it
se.government | government | Swedish government
  descriptor: government
  country: se
no.government | government | Norwegian government
  descriptor: government
  country: no
ch.seco | government | State Secretariat for Economic Affairs
  alias: SECO
  descriptor: secretariat agency
  country: ch
