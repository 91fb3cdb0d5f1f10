# Governments of the Americas, Oceania, Africa, the Middle East and Russia. Format: see us-government.lex.

ca.government | government | Canadian government
  alias: Ottawa government | Canada's government | Canadian authorities | Canadian officials | federal government in Ottawa
  descriptor: government
  country: ca
ca.neb | government | National Energy Board
  alias: Canada's National Energy Board | Canadian National Energy Board | NEB
  descriptor: board regulator agency
  country: ca
  valid: 1959-11-02..2019-08-28
ca.cer | government | Canada Energy Regulator
  alias: CER {case-sensitive}
  descriptor: regulator agency
  country: ca
  valid: 2019-08-28..
ca.crtc | government | Canadian Radio-television and Telecommunications Commission
  alias: CRTC
  descriptor: commission regulator
  country: ca
ca.gac | government | Global Affairs Canada
  alias: Department of External Affairs | External Affairs Department | Canada's External Affairs Department
  descriptor: department
  country: ca
ca.investment | government | Investment Canada
  alias: Foreign Investment Review Agency | FIRA
  descriptor: agency
  country: ca
ca.bank | government | Bank of Canada
  descriptor: bank
  country: ca
ca.parliament | legislature | Canadian Parliament
  alias: Canada's Parliament | House of Commons in Ottawa
  descriptor: parliament
  country: ca
mx.government | government | Mexican government
  alias: Mexico City government | Mexico's government
  descriptor: government
  country: mx
mx.economy | government | Mexican Economy Ministry
  alias: Mexico's Economy Ministry | Secretaria de Economia | SECOFI | Mexican Trade Ministry
  descriptor: ministry
  country: mx
br.government | government | Brazilian government
  alias: Brasilia government | Brazil's government
  descriptor: government
  country: br
br.cacex | government | CACEX
  alias: Banco do Brasil's foreign trade department | Cacex
  descriptor: department
  country: br
br.ibc | government | Brazilian Coffee Institute
  alias: IBC {case-sensitive} | Instituto Brasileiro do Cafe
  descriptor: institute
  country: br
br.cade | government | CADE
  alias: Administrative Council for Economic Defense | Brazil's antitrust regulator
  descriptor: council regulator
  country: br
ar.government | government | Argentine government
  alias: Argentina's government
  descriptor: government
  country: ar
au.government | government | Australian government
  alias: Canberra government | Australia's government | Australian authorities
  descriptor: government
  country: au
au.accc | government | Australian Competition and Consumer Commission
  alias: ACCC
  descriptor: commission regulator
  country: au
au.firb | government | Foreign Investment Review Board
  alias: FIRB | Australia's Foreign Investment Review Board
  descriptor: board
  country: au
au.awb | government | Australian Wheat Board
  alias: AWB
  descriptor: board
  country: au
nz.government | government | New Zealand government
  descriptor: government
  country: nz
za.government | government | South African government
  alias: Pretoria government | South Africa's government
  descriptor: government
  country: za
ru.government | government | Russian government
  alias: Russia's government | Russian authorities
  descriptor: government
  country: ru
  valid: 1991-12-26..
su.government | government | Soviet government
  alias: Soviet authorities | Soviet officials
  descriptor: government
  country: su
  valid: ..1991-12-26
su.foreign-trade | government | Soviet Foreign Trade Ministry
  alias: Soviet Ministry of Foreign Trade
  descriptor: ministry
  country: su
  valid: ..1988-01-01
ir.government | government | Iranian government
  alias: Iran's government | Tehran government
  descriptor: government
  country: ir
sa.government | government | Saudi government
  alias: Saudi Arabian government | Saudi authorities
  descriptor: government
  country: sa
il.government | government | Israeli government
  descriptor: government
  country: il
tr.government | government | Turkish government
  descriptor: government
  country: tr
eg.government | government | Egyptian government
  descriptor: government
  country: eg
ng.government | government | Nigerian government
  descriptor: government
  country: ng
