# United States federal government: departments, agencies, bureaus, the White House and Congress.
#
# An entry is a header line at the left margin, `id | type | canonical name`, then indented `key: value` lines:
#   alias:      other names, separated by `|`; each may end with {flags}; `@ FROM..TO` at the end of the line
#               dates every alias of the line (put aliases with other dates on a line of their own)
#   office:     a title whose holder the entry is (for people), with dates: `office: President @ 1981-01-20..1989-01-20`
#   descriptor: nouns of descriptions that may refer back to it ("the Department"); words of the name such as
#               Department, Agency, Bureau, Commission give theirs automatically (see descriptors.lex)
#   country:    id of the country it belongs to
#   valid:      FROM..TO, the dates the entry exists (chosen by the document's publication date)
#   flags:      flags for every alias of the entry
# Flags: case-sensitive (exact spelling), not-initial (not as a sentence's first word or in an all-caps headline),
#        standalone (not next to another capitalised word), later (only after the entry was named another way).
# Aliases written in capitals (BIS, U.S.) must be in capitals in the text; capitalised ones must be capitalised;
# full stops do not matter ("U.S." = "US", "Inc." = "Inc").

us.government | government | U.S. government
  alias: U.S. government | US government | United States government | American government | federal government
  alias: U.S. administration | US administration | Reagan administration | Carter administration | Bush administration
  alias: Clinton administration | Obama administration | Trump administration | Biden administration
  alias: U.S. authorities | US authorities | U.S. officials | US officials | Washington officials
  descriptor: administration government
  country: us

us.white-house | government | White House
  alias: the White House | Executive Office of the President | Oval Office
  country: us

us.commerce | government | U.S. Department of Commerce
  alias: Commerce Department | Department of Commerce | US Commerce Department | U.S. Commerce Department
  alias: United States Department of Commerce | American Commerce Department | DOC {case-sensitive}
  alias: Commerce {standalone, not-initial}
  descriptor: department
  country: us
  valid: 1913-03-04..

us.oee | government | Office of Export Enforcement
  alias: Commerce Department's Office of Export Enforcement | OEE {case-sensitive}
  descriptor: office
  country: us

us.bis | government | Bureau of Industry and Security
  alias: BIS | Commerce Department's Bureau of Industry and Security | U.S. Bureau of Industry and Security
  descriptor: bureau agency
  country: us
  valid: 2002-04-18..

us.bxa | government | Bureau of Export Administration
  alias: BXA | Commerce Department's Bureau of Export Administration
  descriptor: bureau agency
  country: us
  valid: 1987-10-01..2002-04-18

us.ita | government | International Trade Administration
  alias: ITA {case-sensitive}
  descriptor: agency
  country: us

us.census | government | U.S. Census Bureau
  alias: Census Bureau | Bureau of the Census | US Census Bureau
  country: us

us.noaa | government | National Oceanic and Atmospheric Administration
  alias: NOAA
  country: us

us.treasury | government | U.S. Department of the Treasury
  alias: Treasury Department | Department of the Treasury | US Treasury | U.S. Treasury | United States Treasury
  alias: U.S. Treasury Department | US Treasury Department | Treasury {standalone, not-initial}
  descriptor: department
  country: us

us.ofac | government | Office of Foreign Assets Control
  alias: OFAC | Treasury's Office of Foreign Assets Control | Treasury Department's Office of Foreign Assets Control
  descriptor: office agency
  country: us

us.irs | government | Internal Revenue Service
  alias: IRS
  descriptor: agency
  country: us

us.customs | government | U.S. Customs and Border Protection
  alias: Customs and Border Protection | CBP | U.S. Customs | US Customs | Customs Service | U.S. Customs Service
  alias: United States Customs Service | Customs {standalone, not-initial}
  descriptor: agency service
  country: us

us.cfius | government | Committee on Foreign Investment in the United States
  alias: CFIUS
  descriptor: committee panel
  country: us

us.ustr | government | Office of the U.S. Trade Representative
  alias: USTR | Office of the United States Trade Representative | U.S. Trade Representative's office
  alias: Office of the Trade Representative | US Trade Representative's office
  descriptor: office agency
  country: us

us.state | government | U.S. Department of State
  alias: State Department | Department of State | U.S. State Department | US State Department
  descriptor: department
  country: us

us.defense | government | U.S. Department of Defense
  alias: Defense Department | Department of Defense | Pentagon | the Pentagon | DoD {case-sensitive} | DOD
  alias: U.S. Defense Department | US Defense Department | Defence Department
  descriptor: department
  country: us

us.justice | government | U.S. Department of Justice
  alias: Justice Department | Department of Justice | DOJ | U.S. Justice Department | US Justice Department
  descriptor: department
  country: us

us.fbi | government | Federal Bureau of Investigation
  alias: FBI
  descriptor: bureau agency
  country: us

us.energy | government | U.S. Department of Energy
  alias: Energy Department | Department of Energy | DOE {case-sensitive} | U.S. Energy Department
  descriptor: department
  country: us

us.agriculture | government | U.S. Department of Agriculture
  alias: Agriculture Department | Department of Agriculture | USDA | U.S. Agriculture Department | US Agriculture Department
  descriptor: department
  country: us

us.transportation | government | U.S. Department of Transportation
  alias: Transportation Department | Department of Transportation | DOT {case-sensitive} | U.S. Transportation Department
  descriptor: department
  country: us

us.interior | government | U.S. Department of the Interior
  alias: Interior Department | Department of the Interior | U.S. Interior Department
  descriptor: department
  country: us

us.labor | government | U.S. Department of Labor
  alias: Labor Department | Department of Labor | U.S. Labor Department
  descriptor: department
  country: us

us.hhs | government | U.S. Department of Health and Human Services
  alias: Department of Health and Human Services | Health and Human Services Department | HHS
  descriptor: department
  country: us

us.dhs | government | U.S. Department of Homeland Security
  alias: Department of Homeland Security | Homeland Security Department | DHS
  descriptor: department
  country: us
  valid: 2002-11-25..

us.fcc | government | Federal Communications Commission
  alias: FCC | U.S. Federal Communications Commission
  descriptor: commission agency regulator
  country: us

us.ftc | government | Federal Trade Commission
  alias: FTC | U.S. Federal Trade Commission
  descriptor: commission agency regulator
  country: us

us.sec | government | Securities and Exchange Commission
  alias: SEC {case-sensitive} | U.S. Securities and Exchange Commission | Securities & Exchange Commission
  descriptor: commission agency regulator
  country: us

us.cftc | government | Commodity Futures Trading Commission
  alias: CFTC
  descriptor: commission agency regulator
  country: us

us.fda | government | U.S. Food and Drug Administration
  alias: Food and Drug Administration | FDA | Food & Drug Administration
  descriptor: agency regulator
  country: us

us.epa | government | U.S. Environmental Protection Agency
  alias: Environmental Protection Agency | EPA
  descriptor: agency regulator
  country: us

us.faa | government | Federal Aviation Administration
  alias: FAA | U.S. Federal Aviation Administration
  descriptor: agency regulator
  country: us

us.nhtsa | government | National Highway Traffic Safety Administration
  alias: NHTSA
  descriptor: agency regulator
  country: us

us.nrc | government | Nuclear Regulatory Commission
  alias: NRC | U.S. Nuclear Regulatory Commission
  descriptor: commission agency regulator
  country: us

us.ferc | government | Federal Energy Regulatory Commission
  alias: FERC
  descriptor: commission agency regulator
  country: us

us.icc | government | Interstate Commerce Commission
  alias: ICC {case-sensitive}
  descriptor: commission agency regulator
  country: us
  valid: 1887-02-04..1996-01-01

us.cab | government | Civil Aeronautics Board
  alias: CAB {case-sensitive}
  descriptor: board agency regulator
  country: us
  valid: ..1985-01-01

us.itc | government | U.S. International Trade Commission
  alias: International Trade Commission | ITC {case-sensitive} | USITC | U.S. ITC | US International Trade Commission
  descriptor: commission agency
  country: us

us.fed | government | Federal Reserve
  alias: Federal Reserve Board | Federal Reserve System | the Fed {case-sensitive} | Fed {standalone, not-initial, case-sensitive}
  alias: U.S. Federal Reserve | US Federal Reserve | U.S. central bank
  descriptor: bank board
  country: us

us.fdic | government | Federal Deposit Insurance Corporation
  alias: FDIC
  descriptor: agency regulator
  country: us

us.occ | government | Office of the Comptroller of the Currency
  alias: Comptroller of the Currency | OCC {case-sensitive}
  descriptor: office agency regulator
  country: us

us.eximbank | government | Export-Import Bank of the United States
  alias: Export-Import Bank | U.S. Export-Import Bank | Ex-Im Bank | Exim Bank | Eximbank
  descriptor: bank agency
  country: us

us.nsc | government | National Security Council
  alias: NSC
  descriptor: council
  country: us

us.cia | government | Central Intelligence Agency
  alias: CIA
  descriptor: agency
  country: us

us.nasa | government | NASA
  alias: National Aeronautics and Space Administration
  descriptor: agency
  country: us

us.doe-nnsa | government | National Nuclear Security Administration
  alias: NNSA
  descriptor: agency
  country: us

us.ddtc | government | Directorate of Defense Trade Controls
  alias: DDTC | State Department's Directorate of Defense Trade Controls
  descriptor: directorate agency
  country: us

us.congress | legislature | U.S. Congress
  alias: Congress | US Congress | United States Congress | American Congress
  descriptor: congress legislature
  country: us

us.senate | legislature | U.S. Senate
  alias: Senate {not-initial} | US Senate | United States Senate | the Senate
  descriptor: senate chamber legislature
  country: us

us.house | legislature | U.S. House of Representatives
  alias: House of Representatives | US House of Representatives | U.S. House | US House
  alias: House {standalone, not-initial}
  descriptor: house chamber legislature
  country: us

us.senate.finance | legislature | Senate Finance Committee
  alias: Senate Finance Committee | Finance Committee {later}
  descriptor: committee panel
  country: us

us.house.ways-means | legislature | House Ways and Means Committee
  alias: Ways and Means Committee | House Ways and Means Committee | Ways & Means Committee
  descriptor: committee panel
  country: us

us.senate.commerce | legislature | Senate Commerce Committee
  alias: Senate Commerce Committee | Senate Commerce, Science and Transportation Committee
  descriptor: committee panel
  country: us

us.senate.banking | legislature | Senate Banking Committee
  alias: Senate Banking Committee
  descriptor: committee panel
  country: us

us.house.foreign-affairs | legislature | House Foreign Affairs Committee
  alias: House Foreign Affairs Committee
  descriptor: committee panel
  country: us

us.senate.foreign-relations | legislature | Senate Foreign Relations Committee
  alias: Senate Foreign Relations Committee
  descriptor: committee panel
  country: us

us.house.energy-commerce | legislature | House Energy and Commerce Committee
  alias: House Energy and Commerce Committee | Energy and Commerce Committee
  descriptor: committee panel
  country: us

us.house.china-committee | legislature | House Select Committee on the Chinese Communist Party
  alias: House Select Committee on China | Select Committee on the CCP | House China committee
  descriptor: committee panel
  country: us
  valid: 2023-01-10..

us.supreme-court | court | U.S. Supreme Court
  alias: Supreme Court {not-initial} | US Supreme Court | United States Supreme Court
  descriptor: court
  country: us

us.cit | court | U.S. Court of International Trade
  alias: Court of International Trade | CIT {case-sensitive}
  descriptor: court
  country: us
